namespace Generator.Serve;

/// <summary>What <c>serve</c> shows and where it listens; folders may be relative to the working directory.</summary>
/// <param name="TemplatesFolder">The templates folder; null for the built-in official templates (then nothing is watched for them).</param>
/// <param name="OutFolder">The published reports, only read (never written by serve).</param>
/// <param name="Host">The address to bind: 127.0.0.1 unless the user asked otherwise with <c>--host</c>.</param>
/// <param name="Port">The port; 0 for any free one (tests).</param>
/// <param name="Debounce">How long a burst of file events (an editor's save is several) is gathered before rebuilding.</param>
public sealed record PreviewOptions(
    string DataFolder = "data",
    string? TemplatesFolder = "templates",
    string OutFolder = "out",
    string Host = "127.0.0.1",
    int Port = 5180,
    string? DisplayBase = null,
    TimeSpan? Debounce = null);
