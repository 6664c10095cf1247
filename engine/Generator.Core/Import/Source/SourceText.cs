using Generator.Diagnostics;

namespace Generator.Import.Source;

/// <summary>A paragraph, heading or list item of the report.</summary>
/// <param name="Markdown">The text as narrative Markdown: bold lead-ins, links and emphasis kept, Markdown characters escaped.</param>
/// <param name="Plain">The text alone, white space tidied: what headings, titles and dates are recognised from.</param>
/// <param name="Level">For a heading, its level by markup (1 for the largest); 0 otherwise.</param>
internal sealed record SourceText(SourceTextKind Kind, string Markdown, string Plain, SourceSpan Span, int Level = 0) : SourceBlock(Span);
