using System.Globalization;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Tests.Import;

/// <summary>Every figure of a report by name (“表2 received/自然人”), blank as “~”, money in 万元: what import must give back.</summary>
internal static class SampleFigures
{
    public static Report? Read(string data, string bureau, int year)
    {
        var folder = Path.Combine(data, bureau);
        var file = Path.Combine(folder, year.ToString(CultureInfo.InvariantCulture) + ".yaml");
        return new DataFolder(data).ReadFigures(new ReportSource(bureau, year, file, Path.Combine(folder, "bureau.yaml")), new SourceTextCache(), new DiagnosticBag());
    }

    public static SortedDictionary<string, string> Of(Report report)
    {
        var figures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        switch (report.ProactiveDisclosure)
        {
            case ProactiveDisclosure2019 p:
                foreach (var (key, _) in ProactiveRows.Documents2019)
                {
                    var d = p.Documents(key);
                    Add(figures, $"表1 {key}", d.MadeThisYear, d.PublishedThisYear, d.PublishedTotal);
                }

                foreach (var (key, _, _) in ProactiveRows.Items2019)
                {
                    var i = p.Items(key);
                    Add(figures, $"表1 {key}", i.ItemsLastYear, i.ItemsChange, i.Decisions);
                }

                Add(figures, "表1 procurement", p.Procurement.Projects);
                figures["表1 procurement/amount"] = Money(p.Procurement.Amount);
                break;
            case ProactiveDisclosure2021 p:
                foreach (var (key, _) in ProactiveRows.Documents2021)
                {
                    var d = p.Documents(key);
                    Add(figures, $"表1 {key}", d.Issued, d.Repealed, d.InForce);
                }

                Add(figures, "表1 decisions", p.Licensing, p.Penalties, p.Enforcement);
                figures["表1 fees"] = Money(p.Fees);
                break;
        }

        foreach (var row in report.Requests.AllRows.Concat(report.Appeals.Groups))
        {
            var cells = row.Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                figures[$"{row.Path}/{c}"] = cells[c]?.ToString(CultureInfo.InvariantCulture) ?? "~";
            }
        }

        return figures;
    }

    private static void Add(SortedDictionary<string, string> figures, string row, params Count[] counts)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            figures[$"{row}/{i}"] = counts[i].Value?.ToString(CultureInfo.InvariantCulture) ?? "~";
        }
    }

    private static string Money(Money? money) => money is null ? "~" : money.InTenThousandYuan.ToString("0.##########", CultureInfo.InvariantCulture) + "万元";
}
