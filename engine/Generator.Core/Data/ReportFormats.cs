namespace Generator.Data;

public static class ReportFormats
{
    /// <summary>Report years 2019–2020 use the 2019 format; from 2021 the 2021 format applies.</summary>
    public static ReportFormat ForYear(int year) => year >= 2021 ? ReportFormat.Format2021 : ReportFormat.Format2019;

    /// <summary>The name used for template folders and in YAML (<c>format: 2021</c>).</summary>
    public static string Name(this ReportFormat format) => format == ReportFormat.Format2019 ? "2019" : "2021";

    public static bool TryParse(string text, out ReportFormat format)
    {
        switch (text.Trim())
        {
            case "2019":
                format = ReportFormat.Format2019;
                return true;
            case "2021":
                format = ReportFormat.Format2021;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
