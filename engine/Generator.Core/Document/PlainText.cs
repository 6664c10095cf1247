using System.Text;
using Generator.Document.Inlines;

namespace Generator.Document;

/// <summary>The text of inlines without formatting, e.g. for the HTML &lt;title&gt;.</summary>
public static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t:
                    sb.Append(t.Text);
                    break;
                case Strong s:
                    Append(sb, s.Inlines);
                    break;
                case Emphasis e:
                    Append(sb, e.Inlines);
                    break;
                case Link l:
                    Append(sb, l.Inlines);
                    break;
                case LineBreak:
                    sb.Append(' ');
                    break;
            }
        }
    }
}
