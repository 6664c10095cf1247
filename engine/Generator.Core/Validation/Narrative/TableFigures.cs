using Generator.Data;

namespace Generator.Validation.Narrative;

/// <summary>
/// The figures of one report's tables that the narrative may quote, computed from the model as the
/// tables print them: row totals of table 2, group sums for （三）–（六）, table 3 totals and results,
/// table 1 cells by format. A word that may mean two figures (受理, 办理, 结转) gives both.
/// </summary>
internal sealed partial class TableFigures(Report report, bool moneyInvalid)
{
    private readonly RequestHandling _requests = report.Requests;
    private readonly Appeals _appeals = report.Appeals;

    /// <summary>The figures <paramref name="mention"/> may quote; empty when the tables of this format have none.</summary>
    public void Candidates(FigureMention mention, List<TableFigure> into)
    {
        var money = mention.Number.IsMoney;
        if (mention.Topics.Count > 1)
        {
            var parts = new TableFigure[mention.Topics.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                if (Single(mention.Topics[i], mention.Aspect, money) is not { } part)
                {
                    return;
                }

                parts[i] = part;
            }

            into.Add(TableFigure.Sum(ListName(parts), parts));
            return;
        }

        switch (mention.Topic)
        {
            case Topic.Accepted:
                into.Add(Row(_requests.Received, Table2Received));
                into.Add(ReceivedAndCarriedIn());
                break;
            case Topic.Processed:
                into.Add(Row(_requests.Total, Table2Total));
                into.Add(ReceivedAndCarriedIn());
                break;
            case Topic.Carried:
                into.Add(Row(_requests.CarriedIn, Table2CarriedIn));
                into.Add(Row(_requests.CarriedOut, Table2CarriedOut));
                break;
            case Topic.Rules or Topic.NormativeDocuments when mention.Aspect == Aspect.None:
                // “规范性文件1件” says no column: any of the row's figures may be meant.
                foreach (var aspect in report.Format == ReportFormat.Format2021
                             ? [Aspect.Issued, Aspect.InForce, Aspect.Repealed]
                             : (Aspect[])[Aspect.Issued, Aspect.PublishedThisYear, Aspect.PublishedTotal])
                {
                    if (Document(mention.Topic, aspect) is { } figure)
                    {
                        into.Add(figure);
                    }
                }

                break;
            default:
                if (Single(mention.Topic, mention.Aspect, money) is { } single)
                {
                    into.Add(single);
                }

                break;
        }
    }

    private TableFigure? Single(Topic topic, Aspect aspect, bool money) => TopicFamilies.Of(topic) switch
    {
        Family.Requests when !money => Request(topic),
        Family.Appeals when !money => Appeal(topic, aspect),
        Family.Documents when !money => Document(topic, aspect),
        Family.Decisions when !money => Decisions(topic),
        Family.Fees when money => Fees(),
        Family.Procurement => Procurement(money),
        _ => null,
    };

    private TableFigure? Request(Topic topic) => topic switch
    {
        Topic.Received => Row(_requests.Received, Table2Received),
        Topic.CarriedIn => Row(_requests.CarriedIn, Table2CarriedIn),
        Topic.Handled => Row(_requests.Total, "表2“（七）总计”的总计"),
        Topic.Disclosed => Row(_requests.Disclosed, "表2“（一）予以公开”的总计"),
        Topic.PartlyDisclosed => Row(_requests.PartlyDisclosed, "表2“（二）部分公开”的总计"),
        Topic.DisclosedOrPartly => TableFigure.Sum("表2“（一）予以公开”与“（二）部分公开”的总计之和",
            [Row(_requests.Disclosed, string.Empty), Row(_requests.PartlyDisclosed, string.Empty)]),
        Topic.Withheld => Group(_requests.Withheld, "（三）不予公开"),
        Topic.NotAvailable => Group(_requests.NotAvailable, "（四）无法提供"),
        Topic.NotProcessed => Group(_requests.NotProcessed, "（五）不予处理"),
        Topic.OtherHandling => Group(_requests.OtherHandling, "（六）其他处理"),
        Topic.CarriedOut => Row(_requests.CarriedOut, Table2CarriedOut),
        _ => null,
    };

    private TableFigure ReceivedAndCarriedIn() =>
        TableFigure.Sum("表2 一、二两项的总计之和（新收加上年结转）", [Row(_requests.Received, string.Empty), Row(_requests.CarriedIn, string.Empty)]);

    private static TableFigure Row(FigureRow row, string name) => TableFigure.Count(name, row.Total, invalid: !row.IsValid);

    /// <summary>（三）–（六） have no subtotal row on the form: the figure is the sum of the sub-rows' totals.</summary>
    private static TableFigure Group(IReadOnlyList<FigureRow> rows, string label)
    {
        if (rows.Count == 1)
        {
            return Row(rows[0], $"表2“{label}”的总计");
        }

        var parts = new TableFigure[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            parts[i] = Row(rows[i], string.Empty);
        }

        return TableFigure.Sum($"表2“{label}”各项的总计之和", parts);
    }

    private static string ListName(ReadOnlySpan<TableFigure> parts)
    {
        var names = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            names[i] = parts[i].Name;
        }

        return string.Join("与", names) + "之和";
    }

    private const string Table2Received = "表2“一、本年新收政府信息公开申请数量”的总计";
    private const string Table2CarriedIn = "表2“二、上年结转政府信息公开申请数量”的总计";
    private const string Table2Total = "表2“（七）总计”的总计";
    private const string Table2CarriedOut = "表2“四、结转下年度继续办理”的总计";
}
