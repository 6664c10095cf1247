namespace Generator.Authoring;

/// <summary>What <c>new</c> did, with display paths: the year file written (null when it failed), the
/// <c>bureau.yaml</c> created for a new bureau (else null) and, in Chinese, what was carried over.</summary>
public sealed record NewYearResult(string? File, string? BureauFile, IReadOnlyList<string> Notes);
