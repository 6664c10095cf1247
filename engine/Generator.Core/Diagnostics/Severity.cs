namespace Generator.Diagnostics;

public enum Severity
{
    /// <summary>Shown to the user, never blocks output (for example a waiver in use).</summary>
    Info,
    Warning,
    Error,
}
