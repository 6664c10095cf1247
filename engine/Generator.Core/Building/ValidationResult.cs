using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>What <c>validate</c> found: every diagnostic, how many reports were checked, how many have errors and how many are drafts left out.</summary>
public sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics, int Checked, int Failed, int Drafts = 0)
{
    public bool Succeeded => Failed == 0 && !Diagnostics.Any(d => d.IsError);
}
