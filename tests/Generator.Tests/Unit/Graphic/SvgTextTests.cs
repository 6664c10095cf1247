using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Generator.Graphic;

namespace Generator.Tests.Unit.Graphic;

/// <summary>
/// Any text escaped for the SVG reads back from an XML parser as the same text, in element content and in an
/// attribute alike; characters XML cannot hold at all become U+FFFD instead of breaking the file.
/// </summary>
public sealed class SvgTextTests
{
    private static readonly char[] Alphabet =
        [.. "<>&\"'/=;#!?[]{}-:. abcXYZ019中文公安局（一）、。“”\t\n\r\u0001\u0008\u000b\u001f\u007f\u0085\u200b\uFEFF\uFFFE\uFFFF\uD800\uDC00"];

    private static Arbitrary<string> Texts { get; } = Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Text_reads_back_from_element_content() =>
        Prop.ForAll(Texts, text =>
            XElement.Parse($"<text>{SvgText.Escape(text)}</text>", LoadOptions.PreserveWhitespace).Value == Lines(Allowed(text)));

    [Property(MaxTest = 500)]
    public Property Text_reads_back_from_an_attribute() =>
        Prop.ForAll(Texts, text =>
            XElement.Parse($"<text a=\"{SvgText.Escape(text)}\" b='{SvgText.Escape(text)}'/>", LoadOptions.PreserveWhitespace).Attribute("b")!.Value
                == Lines(Allowed(text)).Replace('\n', ' ').Replace('\t', ' '));

    [Fact]
    public void A_surrogate_pair_is_kept_and_a_lone_half_replaced() =>
        Assert.Equal("𠀀\uFFFDx\uFFFD", SvgText.Escape("𠀀\uD800x\uDC00"));

    /// <summary>What the escaper promises: every character XML allows, the others as U+FFFD (pairs of surrogates kept).</summary>
    private static string Allowed(string text)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE') ? c : '\uFFFD');
            }
        }

        return sb.ToString();
    }

    /// <summary>XML parsers turn CR LF and a lone CR into LF.</summary>
    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
