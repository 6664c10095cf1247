using Generator.Rendering;

namespace Generator.Tests.Unit.Rendering;

public sealed class PrintableTextTests
{
    /// <summary>IsPlain is a shortcut: it may only say yes where every character is printable and none is a tab or line feed.</summary>
    [Fact]
    public void Plain_text_is_printable_through_and_through_for_every_character()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            foreach (var text in new[] { ((char)c).ToString(), "年报" + (char)c + "12", "0123456789abcdef" + (char)c })
            {
                var expected = text.All(ch => ch is not ('\t' or '\n')) && Enumerable.Range(0, text.Length).All(i => PrintableText.IsPrintable(text, i))
                    && !text.Any(char.IsSurrogate);
                Assert.True(expected == PrintableText.IsPlain(text), $"U+{c:X4}");
            }
        }
    }
}
