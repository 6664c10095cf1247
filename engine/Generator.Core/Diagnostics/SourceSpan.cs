namespace Generator.Diagnostics;

/// <summary>
/// A place in a source file. Line and column are 1-based, as printed to users;
/// <see cref="None"/> marks diagnostics that concern no file position (for example a missing folder).
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan None { get; } = new(string.Empty, 0, 0);

    public bool HasPosition => Line > 0;

    /// <summary>A span at the start of a file, for problems about the file as a whole.</summary>
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    public override string ToString() => HasPosition ? $"{File}({Line},{Column})" : File;
}
