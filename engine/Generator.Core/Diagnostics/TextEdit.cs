namespace Generator.Diagnostics;

/// <summary>
/// A fix that is certain: replace <see cref="Length"/> characters at a 1-based line and column of the
/// file (columns as in diagnostics, in the file's text without its line ends) by <see cref="NewText"/>.
/// Only mistakes with one possible reading get one (全角数字, a 中文逗号 between figures…); <c>validate
/// --fix</c> applies them and nothing else.
/// </summary>
/// <param name="Description">What the edit does, for the list of changes: <c>全角数字“３７”改为“37”</c>.</param>
public sealed record TextEdit(int Line, int Column, int Length, string NewText, string Description);
