using Generator.Diagnostics;

namespace Generator.Summary;

/// <summary>A finding a supervising office looks at across its group: a 勾稽 failure or a change beyond reason, at its line.</summary>
public sealed record Anomaly(string BureauId, string Agency, Diagnostic Diagnostic)
{
    /// <summary>
    /// The codes that are anomalies: the relations within a report (R1–R6), a published inconsistency kept by a
    /// waiver, the relations with the year before, and the key figures that changed beyond reason (issue 19's rule).
    /// </summary>
    public static bool IsAnomaly(Diagnostic diagnostic) => Codes.Contains(diagnostic.Code);

    private static readonly HashSet<string> Codes = new(
        new[]
        {
            DiagnosticCode.RelationR1, DiagnosticCode.RelationR2, DiagnosticCode.RelationR3, DiagnosticCode.RelationR4, DiagnosticCode.RelationR5,
            DiagnosticCode.RelationR6, DiagnosticCode.WaiverApplied, DiagnosticCode.CarriedOverMismatch, DiagnosticCode.InForceMismatch,
            DiagnosticCode.ItemsLastYearMismatch, DiagnosticCode.ChangeBeyondReason,
        }.Select(c => c.Id),
        StringComparer.Ordinal);

    /// <summary>What kind of finding, for the board.</summary>
    public string Kind => Diagnostic.Code == DiagnosticCode.ChangeBeyondReason.Id ? "变化超常" : Diagnostic.Code == DiagnosticCode.WaiverApplied.Id ? "照录的不一致" : "勾稽关系";
}
