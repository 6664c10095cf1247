namespace Generator.Import;

/// <summary>Every input file's import, in the order they were given, and the time it took.</summary>
public sealed record ImportResult(IReadOnlyList<FileImport> Files, TimeSpan Elapsed)
{
    public bool Succeeded => Files.Count > 0 && Files.All(f => f.Succeeded);
}
