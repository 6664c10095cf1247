using Generator.Diagnostics;

namespace Generator.Building;

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<BuiltReport> Reports, int Failed)
{
    public bool Succeeded => Failed == 0 && !Diagnostics.Any(d => d.IsError);
}

/// <summary>One report written: which bureau and year, and the files.</summary>
public sealed record BuiltReport(string BureauId, int Year, IReadOnlyList<string> Files);
