using System.Text;
using System.Text.Json;

namespace Generator.Serve;

/// <summary>The data of a <c>report</c> event: which report changed and what the page needs to decide whether to refetch.</summary>
internal static class ReportEvent
{
    public static string Json(PreviewReport report, bool removed)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("key", report.Key);
            json.WriteString("bureau", report.BureauId);
            json.WriteNumber("year", report.Year);
            json.WriteNumber("version", report.Version);
            json.WriteNumber("filesVersion", report.FilesVersion);
            json.WriteString("status", PreviewStatusText.CssClass(report.Status));
            json.WriteBoolean("stale", report.Stale);
            json.WriteBoolean("removed", removed);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
