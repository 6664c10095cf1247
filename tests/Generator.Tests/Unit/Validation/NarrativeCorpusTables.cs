using System.Text;

namespace Generator.Tests.Unit.Validation;

/// <summary>
/// The tables a corpus sentence is checked against: a default report per format (figures listed in the
/// corpus header), changed by <c>key=value</c> entries, written as the YAML a bureau would write so the
/// sentence goes through the real reader and checker. Table 2 and 3 figures go in the first column
/// (自然人, 结果维持 for a single number); a group (<c>withheld=6,~</c>) lists its sub-rows in order.
/// </summary>
internal static class NarrativeCorpusTables
{
    private static readonly Dictionary<string, string> Defaults2021 = new(StringComparer.Ordinal)
    {
        ["received"] = "38", ["carried_in"] = "2", ["disclosed"] = "20", ["partly_disclosed"] = "5",
        ["withheld"] = "6", ["not_available"] = "3", ["not_processed"] = "2", ["other_handling"] = "1", ["carried_out"] = "3",
        ["reconsideration"] = "3,1,0,0", ["direct_suit"] = "2,0,1,0", ["suit_after_reconsideration"] = "1,0,0,1",
        ["rules"] = "1,0,4", ["normative_documents"] = "2,1,9",
        ["licensing"] = "1520", ["penalties"] = "4210", ["enforcement"] = "980", ["fees"] = "972.4015万元",
    };

    private static readonly Dictionary<string, string> Defaults2019 = new(Defaults2021, StringComparer.Ordinal)
    {
        ["rules"] = "1,1,4", ["normative_documents"] = "3,3,12",
        ["licensing"] = "2718", ["other_public_services"] = "973", ["penalties"] = "561", ["enforcement"] = "434",
        ["procurement_projects"] = "27", ["procurement_amount"] = "348.47万元",
    };

    private static readonly string[] Withheld =
        ["internal_affairs", "state_secret", "prohibited_by_law", "three_securities_one_stability", "third_party_rights", "process_information", "enforcement_case_file", "administrative_query"];

    private static readonly string[] NotAvailable = ["not_held", "would_need_creating", "still_unclear"];

    private static readonly string[] NotProcessed = ["repeated", "petition", "published_material", "excessive", "confirmation_request"];

    private static readonly string[] OtherHandling2021 = ["other", "no_correction", "fee_unpaid"];

    /// <param name="changes">Space-separated <c>key=value</c>, or <c>-</c> for the defaults.</param>
    public static string Yaml(string format, string changes, string sentence)
    {
        var figures = new Dictionary<string, string>(format == "2019" ? Defaults2019 : Defaults2021, StringComparer.Ordinal);
        foreach (var change in changes == "-" ? [] : changes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            Assert.True(figures.ContainsKey(key), $"unknown table key {key} in the corpus");
            figures[key] = value;
        }

        var y = new StringBuilder();
        y.Append($"year: {(format == "2019" ? 2020 : 2021)}\nformat: {format}\n");
        y.Append("overview: |\n  ").Append(sentence).Append('\n');
        y.Append("proactive_disclosure:\n");
        if (format == "2019")
        {
            y.Append($"  rules: {Documents2019(figures["rules"])}\n  normative_documents: {Documents2019(figures["normative_documents"])}\n");
            foreach (var key in (string[])["licensing", "other_public_services", "penalties", "enforcement"])
            {
                y.Append($"  {key}: {{ items_last_year: 5, items_change: 0, decisions: {figures[key]} }}\n");
            }

            y.Append("  fees: { items_last_year: 1, items_change: 0 }\n");
            y.Append($"  procurement: {{ projects: {figures["procurement_projects"]}, amount: {Money(figures["procurement_amount"])} }}\n");
        }
        else
        {
            y.Append($"  rules: {Documents2021(figures["rules"])}\n  normative_documents: {Documents2021(figures["normative_documents"])}\n");
            foreach (var key in (string[])["licensing", "penalties", "enforcement"])
            {
                y.Append($"  {key}: {{ decisions: {figures[key]} }}\n");
            }

            y.Append($"  fees: {{ amount: {Money(figures["fees"])} }}\n");
        }

        y.Append("requests:\n");
        y.Append($"  received: {Row(figures["received"], 6)}\n  carried_in: {Row(figures["carried_in"], 6)}\n");
        y.Append($"  disclosed: {Row(figures["disclosed"], 6)}\n  partly_disclosed: {Row(figures["partly_disclosed"], 6)}\n");
        Group(y, "withheld", Withheld, figures["withheld"]);
        Group(y, "not_available", NotAvailable, figures["not_available"]);
        Group(y, "not_processed", NotProcessed, figures["not_processed"]);
        if (format == "2019")
        {
            y.Append($"  other_handling: {Row(figures["other_handling"], 6)}\n");
        }
        else
        {
            Group(y, "other_handling", OtherHandling2021, figures["other_handling"]);
        }

        y.Append($"  carried_out: {Row(figures["carried_out"], 6)}\n");
        y.Append("appeals:\n");
        foreach (var key in (string[])["reconsideration", "direct_suit", "suit_after_reconsideration"])
        {
            y.Append($"  {key}: {Row(figures[key], 4)}\n");
        }

        y.Append("problems_and_improvements: |\n  无。\nother_matters: |\n  无。\n");
        return y.ToString();
    }

    /// <summary>One number in the first column and 0 in the others; <c>~</c> for a blank row; <c>a,b,c,d</c> for every column.</summary>
    private static string Row(string value, int columns)
    {
        var cells = value == "~" ? Enumerable.Repeat("~", columns).ToArray()
            : value.Contains(',') ? value.Split(',')
            : [value, .. Enumerable.Repeat("0", columns - 1)];
        Assert.Equal(columns, cells.Length);
        return "[" + string.Join(", ", cells) + "]";
    }

    /// <summary>A group of table 2: its sub-rows in order (the rest 0), e.g. <c>6,~</c>; <c>~</c> leaves every sub-row blank.</summary>
    private static void Group(StringBuilder y, string group, string[] keys, string value)
    {
        var values = value.Split(',');
        y.Append($"  {group}:\n");
        for (var i = 0; i < keys.Length; i++)
        {
            var cell = value == "~" ? "~" : i < values.Length ? values[i] : "0";
            y.Append($"    {keys[i]}: {Row(cell, 6)}\n");
        }
    }

    private static string Documents2021(string value)
    {
        var v = value.Split(',');
        return $"{{ issued: {v[0]}, repealed: {v[1]}, in_force: {v[2]} }}";
    }

    private static string Documents2019(string value)
    {
        var v = value.Split(',');
        return $"{{ made_this_year: {v[0]}, published_this_year: {v[1]}, published_total: {v[2]} }}";
    }

    /// <summary><c>972.4015万元</c>, <c>8156320元</c>, or <c>~</c> for a blank amount.</summary>
    private static string Money(string value) => value == "~" ? "{ amount: ~, unit: 万元 }"
        : value.EndsWith("万元", StringComparison.Ordinal) ? $"{{ amount: {value[..^2]}, unit: 万元 }}"
        : $"{{ amount: {value[..^1]}, unit: 元 }}";
}
