using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>What <c>validate</c> found: every diagnostic, how many reports were checked and how many have errors.</summary>
public sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics, int Checked, int Failed)
{
    public bool Succeeded => Failed == 0 && !Diagnostics.Any(d => d.IsError);
}
