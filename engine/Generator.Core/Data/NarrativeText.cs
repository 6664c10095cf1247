using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// Markdown written by staff (untrusted). <see cref="FirstLine"/> and <see cref="Indent"/> say where
/// its first content line sits in the YAML file, so nodes parsed from it point back to the right line.
/// </summary>
public sealed record NarrativeText(string Markdown, string File, int FirstLine, int Indent)
{
    public SourceSpan SpanOf(int lineInText, int columnInText) =>
        new(File, FirstLine + lineInText, Indent + columnInText + 1);
}
