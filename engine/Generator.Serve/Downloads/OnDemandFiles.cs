namespace Generator.Serve.Downloads;

/// <summary>
/// Files made only when someone asks for them (the PDF, the PNG of the graphic) and kept until the report's files
/// change (<see cref="PreviewReport.FilesVersion"/>): making them takes long enough that a save should not wait for it.
/// </summary>
internal sealed class OnDemandFiles
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long Version, byte[] Bytes)> _made = new(StringComparer.Ordinal);

    /// <summary>The kept file of this state of the report, or the one <paramref name="make"/> gives (kept when not null).</summary>
    public (byte[]? Bytes, string? Problem) Get(PreviewReport report, Func<(byte[]? Bytes, string? Problem)> make)
    {
        lock (_gate)
        {
            if (_made.TryGetValue(report.Key, out var made) && made.Version == report.FilesVersion)
            {
                return (made.Bytes, null);
            }
        }

        var (bytes, problem) = make();
        if (bytes is not null)
        {
            lock (_gate)
            {
                _made[report.Key] = (report.FilesVersion, bytes);
            }
        }

        return (bytes, problem);
    }
}
