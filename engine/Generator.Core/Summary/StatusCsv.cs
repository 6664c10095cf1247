using System.Text;

namespace Generator.Summary;

/// <summary>
/// <c>status.csv</c>: the board as a table for spreadsheets (UTF-8 with a byte-order mark, which Excel needs to
/// read Chinese). A text that a spreadsheet would take for a formula (starting with = + - @) gets a leading
/// apostrophe: names and messages come from data files and must not run as formulas.
/// </summary>
internal static class StatusCsv
{
    public const string FileName = "status.csv";

    public static byte[] Render(IReadOnlyList<BureauStatus> statuses)
    {
        var sb = new StringBuilder(256 + (statuses.Count * 200));
        sb.Append("单位标识,单位,状态,错误数,警告数,第一个错误,计入汇总\r\n");
        foreach (var s in statuses)
        {
            Field(sb, s.BureauId).Append(',');
            Field(sb, s.Agency).Append(',');
            Field(sb, s.StateText).Append(',').Append(s.Errors).Append(',').Append(s.Warnings).Append(',');
            Field(sb, s.FirstError is { } first ? $"{first.Span}: {first.Message}" : string.Empty).Append(',');
            sb.Append(s.Summed ? "是" : "否").Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static StringBuilder Field(StringBuilder sb, string text)
    {
        var safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return sb.Append('"').Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
