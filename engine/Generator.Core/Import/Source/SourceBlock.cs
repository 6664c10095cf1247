using Generator.Diagnostics;

namespace Generator.Import.Source;

/// <summary>A block of the published report: a line of text (<see cref="SourceText"/>) or a table (<see cref="SourceTable"/>).</summary>
/// <param name="Span">Where it starts in the input; no line for inputs without lines (Word, PDF).</param>
internal abstract record SourceBlock(SourceSpan Span);
