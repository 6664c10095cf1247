using System.Text;
using Generator.Import.Source;

namespace Generator.Import.Writing;

/// <summary>Narrative blocks as one Markdown text: paragraphs and sub-headings separated by a blank line, the items of one list by a line break.</summary>
internal static class NarrativeMarkdown
{
    public static string Join(IReadOnlyList<SourceText> texts)
    {
        var result = new StringBuilder();
        SourceTextKind? previous = null;
        foreach (var text in texts)
        {
            var item = text.Kind is SourceTextKind.NumberedItem or SourceTextKind.BulletItem;
            if (result.Length > 0)
            {
                result.Append(item && previous == text.Kind ? "\n" : "\n\n");
            }

            result.Append(text.Markdown);
            previous = text.Kind;
        }

        return result.ToString();
    }
}
