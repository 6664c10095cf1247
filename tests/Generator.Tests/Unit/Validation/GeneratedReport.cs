using System.Globalization;
using System.Text;

namespace Generator.Tests.Unit.Validation;

/// <summary>
/// A report made up by the property tests, written out as the YAML text a bureau would write, so that
/// the tests go through the real reader, model and relation checker.
/// </summary>
/// <param name="Table1">Rows of table 1 in form order.</param>
/// <param name="Table2">Rows of table 2 in form order: 一, 二, the outcomes, （七）总计 if written, 四.</param>
/// <param name="Table3">行政复议, 未经复议直接起诉, 复议后起诉.</param>
internal sealed record GeneratedReport(int Year, string Format, IReadOnlyList<GeneratedFields> Table1, IReadOnlyList<GeneratedRow> Table2, IReadOnlyList<GeneratedRow> Table3)
{
    private static readonly string[] Withheld =
        ["state_secret", "prohibited_by_law", "three_securities_one_stability", "third_party_rights", "internal_affairs", "process_information", "enforcement_case_file", "administrative_query"];

    private static readonly string[] NotAvailable = ["not_held", "would_need_creating", "still_unclear"];

    private static readonly string[] NotProcessed = ["petition", "repeated", "published_material", "excessive", "confirmation_request"];

    private static readonly string[] OtherHandling2021 = ["no_correction", "fee_unpaid", "other"];

    /// <summary>The rows that （七）总计 adds up (R2), in form order, as key paths.</summary>
    public static IReadOnlyList<string> OutcomePaths(string format) =>
    [
        "requests.disclosed", "requests.partly_disclosed",
        .. Withheld.Select(k => "requests.withheld." + k),
        .. NotAvailable.Select(k => "requests.not_available." + k),
        .. NotProcessed.Select(k => "requests.not_processed." + k),
        .. format == "2019" ? ["requests.other_handling"] : OtherHandling2021.Select(k => "requests.other_handling." + k),
    ];

    public static IReadOnlyList<string> AppealPaths { get; } = ["appeals.reconsideration", "appeals.direct_suit", "appeals.suit_after_reconsideration"];

    public IEnumerable<GeneratedRow> Rows => Table2.Concat(Table3);

    public GeneratedReport Replace(GeneratedRow row, GeneratedRow changed) => this with
    {
        Table2 = [.. Table2.Select(r => ReferenceEquals(r, row) ? changed : r)],
        Table3 = [.. Table3.Select(r => ReferenceEquals(r, row) ? changed : r)],
    };

    public GeneratedReport Replace(GeneratedFields row, GeneratedFields changed) =>
        this with { Table1 = [.. Table1.Select(r => ReferenceEquals(r, row) ? changed : r)] };

    public string Yaml()
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"year: {Year}\nformat: {Format}\n");
        yaml.Append("overview: |\n  本年度政府信息公开工作总体情况。\n");
        yaml.Append("proactive_disclosure:\n");
        foreach (var row in Table1)
        {
            yaml.Append("  ").Append(row.Yaml()).Append('\n');
        }

        yaml.Append("requests:\n");
        WriteRows(yaml, Table2);
        yaml.Append("appeals:\n");
        WriteRows(yaml, Table3);
        yaml.Append("problems_and_improvements: |\n  无。\nother_matters: |\n  无。\n");
        return yaml.ToString();
    }

    /// <summary>Rows under <c>requests:</c> or <c>appeals:</c>; sub-rows such as <c>withheld.state_secret</c> under their group.</summary>
    private static void WriteRows(StringBuilder yaml, IEnumerable<GeneratedRow> rows)
    {
        string? group = null;
        foreach (var row in rows)
        {
            var keys = row.Path.Split('.');
            if (keys.Length == 3)
            {
                if (group != keys[1])
                {
                    group = keys[1];
                    yaml.Append("  ").Append(group).Append(":\n");
                }

                yaml.Append("    ").Append(keys[2]).Append(": ").Append(row.Yaml()).Append('\n');
            }
            else
            {
                group = null;
                yaml.Append("  ").Append(keys[1]).Append(": ").Append(row.Yaml()).Append('\n');
            }
        }
    }
}
