namespace Generator.Authoring;

/// <summary>What <c>init</c> did, with display paths: files written, files already there (kept as they were), and the year file's <c>new</c> (null when it was there already or writing stopped).</summary>
public sealed record WorkingFolderResult(IReadOnlyList<string> Created, IReadOnlyList<string> Kept, NewYearResult? Year);
