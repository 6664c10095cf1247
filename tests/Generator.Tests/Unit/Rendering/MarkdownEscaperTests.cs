using Generator.Rendering.Markdown;
using Markdig;

namespace Generator.Tests.Unit.Rendering;

/// <summary>Text escaped for Markdown reads back, through a CommonMark parser, as exactly the same text.</summary>
public sealed class MarkdownEscaperTests
{
    [Theory]
    [InlineData("a | b * c _ d [e](f) <g> `h` # i & j ~~k~~ \\ l $m")]
    [InlineData("1. 不是列表")]
    [InlineData("- 不是列表")]
    [InlineData("+ 不是列表")]
    [InlineData("&amp; 不是实体")]
    [InlineData("<script>alert(1)</script>")]
    public void Escaped_text_reads_back_as_the_same_text(string text)
    {
        var markdown = MarkdownEscaper.ProtectLineStart(MarkdownEscaper.Escape(text));
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

        var plain = Markdig.Markdown.ToPlainText(markdown, pipeline).Trim();

        Assert.Equal(text, plain);
    }
}
