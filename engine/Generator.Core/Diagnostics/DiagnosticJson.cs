using System.Text.Encodings.Web;
using System.Text.Json;

namespace Generator.Diagnostics;

/// <summary>
/// Diagnostics as a JSON array for editors and CI (<c>validate --format json</c>): one object per
/// diagnostic with file, line, column, severity, code, message and hint, in a fixed order.
/// Line and column are null when the diagnostic has no position; hint is null when there is none.
/// </summary>
public static class DiagnosticJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Chinese stays readable; the output is never embedded in HTML, so the relaxed escaper is safe.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Format(IEnumerable<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var d in DiagnosticOrder.InReadingOrder(diagnostics))
            {
                writer.WriteStartObject();
                writer.WriteString("file", d.Span.File);
                WriteNumberOrNull(writer, "line", d.Span.HasPosition ? d.Span.Line : null);
                WriteNumberOrNull(writer, "column", d.Span.HasPosition ? d.Span.Column : null);
                writer.WriteString("severity", DiagnosticFormatter.SeverityWord(d.Severity));
                writer.WriteString("code", d.Code);
                writer.WriteString("message", d.Message);
                writer.WriteString("hint", d.Hint);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
