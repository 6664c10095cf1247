namespace Generator.Document.Building.Limits;

/// <summary>
/// Where text first goes past a limit of <see cref="MarkupLimits"/>: 0-based line and column in the text,
/// and what to tell the user (Chinese).
/// </summary>
public sealed record MarkupLimit(int Line, int Column, string Message, string Hint);
