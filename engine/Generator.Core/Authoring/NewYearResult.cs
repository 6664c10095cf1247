namespace Generator.Authoring;

/// <summary>What <c>new</c> did: the file written (null when it failed) and, in Chinese, what was carried over.</summary>
public sealed record NewYearResult(string? File, IReadOnlyList<string> Notes);
