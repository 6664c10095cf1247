using System.Text.Json;

namespace Generator.Serve.Editing;

/// <summary>
/// What the page's script needs to make figure cells editable: the hash of the file the page shows (sent back with
/// each edit) and, per cell, where it is in <c>report.html</c> (table, row, figure cell) and whether and why not it can
/// be edited. Written by hand with <see cref="Utf8JsonWriter"/>: no reflection (Native AOT).
/// </summary>
internal static class CellsJson
{
    public static byte[] Of(PreviewReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            var target = report.Edit;
            json.WriteStartObject();
            json.WriteString("hash", target?.Hash ?? string.Empty);
            json.WriteNumber("filesVersion", report.FilesVersion);
            json.WriteString("file", target?.Display ?? string.Empty);
            json.WriteStartArray("problems");
            foreach (var problem in target?.Cells.Problems ?? [])
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteStartArray("cells");
            foreach (var cell in target?.Cells.Cells ?? [])
            {
                json.WriteStartObject();
                json.WriteString("id", cell.Slot.Id);
                json.WriteNumber("table", cell.Table);
                json.WriteNumber("row", cell.Row);
                json.WriteNumber("cell", cell.Cell);
                json.WriteString("text", cell.Slot.Text);
                if (cell.Slot.Reason is { } reason)
                {
                    json.WriteString("reason", reason);
                }

                if (cell.Slot.Unit is { } unit)
                {
                    json.WriteString("unit", unit);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
