using Generator.Graphic;

namespace Generator.Tests.Unit.Graphic;

/// <summary>What a graphic template may not put into the SVG: each is refused with its line, and plain drawing passes.</summary>
public sealed class SvgSafetyTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"1080\" height=\"1920\">\n";

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<image href=\"file:///etc/passwd\" width=\"1\" height=\"1\"/>", "<image>")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", "<foreignObject>")]
    [InlineData("<a href=\"https://example.com/\"><text>x</text></a>", "<a>")]
    [InlineData("<animate attributeName=\"x\" to=\"1\"/>", "<animate>")]
    [InlineData("<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/>", "onclick")]
    [InlineData("<use xlink:href=\"other.svg#a\"/>", "other.svg#a")]
    [InlineData("<use href=\"javascript:alert(1)\"/>", "javascript:alert(1)")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"url(https://example.com/x.svg#p)\"/>", "url(")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: url('http://x/')\"/>", "url(")]
    [InlineData("<style>@import url(https://example.com/a.css);</style>", "@import")]
    [InlineData("<style><![CDATA[ rect { fill: url(http://x/) } ]]></style>", "url(")]
    [InlineData("<text>unclosed", "XML")]
    [InlineData("<text>a & b</text>", "XML")]
    [InlineData("<?xml-stylesheet href=\"a.css\"?>", "处理指令")]
    [InlineData("<html:b xmlns:html=\"http://www.w3.org/1999/xhtml\">x</html:b>", "<html:b>")]
    public void Refused(string inner, string named)
    {
        var problem = SvgSafety.Check(Open + inner + "\n</svg>");

        Assert.NotNull(problem);
        Assert.Contains(named, problem.Value.Problem, StringComparison.Ordinal);
        Assert.True(problem.Value.Line >= 2, $"line {problem.Value.Line}");
    }

    [Theory]
    [InlineData("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&x;</text></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100000\" height=\"10\"></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")]
    [InlineData("<svg width=\"10\" height=\"10\"></svg>")]
    [InlineData("<rect xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>")]
    [InlineData("")]
    [InlineData("\n  \n")]
    [InlineData("<!-- only a comment -->")]
    public void Refused_whole(string svg)
    {
        var problem = SvgSafety.Check(svg);

        // Every refusal has a place the message can point to, even when the output has nothing to point at.
        Assert.NotNull(problem);
        Assert.True(problem.Value.Line >= 1 && problem.Value.Column >= 1, $"({problem.Value.Line},{problem.Value.Column}) {problem.Value.Problem}");
    }

    [Fact]
    public void Drawing_and_text_pass()
    {
        var svg = Open + """
            <title id="t">一图读懂</title><desc id="d">说明</desc>
            <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><clipPath id="c"><rect width="5" height="5"/></clipPath></defs>
            <style>text { font-family: sans-serif; }</style>
            <g clip-path="url(#c)"><rect x="0" y="0" width="10" height="10" fill="url(#g)"/><circle cx="1" cy="1" r="1"/><path d="M0 0L1 1"/></g>
            <text x="1" y="2" font-size="20">示例市公安局 &amp; 26<tspan font-weight="bold">件</tspan></text>
            <use href="#c"/>
            </svg>
            """;

        Assert.Null(SvgSafety.Check(svg));
    }
}
