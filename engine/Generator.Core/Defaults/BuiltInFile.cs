namespace Generator.Defaults;

/// <summary>One file carried inside the program: its path below its folder (always with <c>/</c>) and its bytes.</summary>
public sealed record BuiltInFile(string Path, byte[] Content);
