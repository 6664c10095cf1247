namespace Generator.Serve.Editing;

/// <summary>The year file a report page edits: on disk, as messages name it, its SHA-256 when last built, and its figure cells.</summary>
internal sealed record EditTarget(string YearFile, string Display, string? Hash, CellMap Cells);
