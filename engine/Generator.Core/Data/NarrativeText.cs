using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// Markdown written by staff (untrusted). <see cref="FirstLine"/> and <see cref="Indent"/> say where
/// its first content line sits in the YAML file, so nodes parsed from it point back to the right line.
/// </summary>
public sealed record NarrativeText(string Markdown, string File, int FirstLine, int Indent)
{
    /// <summary>
    /// Marks text that <c>new</c> left for staff to write; a report still containing it is refused,
    /// so a placeholder can never be published.
    /// </summary>
    public const string Placeholder = "【待填写】";

    public SourceSpan SpanOf(int lineInText, int columnInText) =>
        new(File, FirstLine + lineInText, Indent + columnInText + 1);
}
