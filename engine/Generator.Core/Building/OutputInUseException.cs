namespace Generator.Building;

/// <summary>
/// Some files of a report could not replace the published ones because another program (Word, WPS) holds
/// them open; every other file of the report was put in place, and each held file is still the whole old one.
/// </summary>
public sealed class OutputInUseException : IOException
{
    public OutputInUseException()
        : this([])
    {
    }

    public OutputInUseException(string message)
        : base(message)
    {
        Files = [];
    }

    public OutputInUseException(string message, Exception inner)
        : base(message, inner)
    {
        Files = [];
    }

    public OutputInUseException(IReadOnlyList<string> files)
        : base("files in use by another program: " + string.Join(", ", files))
    {
        Files = files;
    }

    /// <summary>The published files that were left as they were.</summary>
    public IReadOnlyList<string> Files { get; }
}
