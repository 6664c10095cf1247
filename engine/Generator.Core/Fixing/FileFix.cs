using Generator.Diagnostics;

namespace Generator.Fixing;

/// <summary>What <c>validate --fix</c> did to one data file.</summary>
/// <param name="File">The file as shown in messages.</param>
/// <param name="Edits">The fixes made (or that would have been made when <paramref name="Written"/> is false), in file order.</param>
/// <param name="Written">Whether the file was rewritten.</param>
/// <param name="Blocking">When not written: the errors that no certain fix removes; they must be mended by hand first.</param>
public sealed record FileFix(string File, IReadOnlyList<TextEdit> Edits, bool Written, IReadOnlyList<Diagnostic> Blocking);
