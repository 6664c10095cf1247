using Generator.Diagnostics;

namespace Generator.Import;

/// <summary>An input that cannot be imported at all (too large, not a report, a scanned PDF): one Chinese message for the user.</summary>
internal sealed class ImportRefusedException(DiagnosticCode code, string message, string? hint = null) : Exception(message)
{
    public DiagnosticCode Code { get; } = code;

    public string? Hint { get; } = hint;
}
