using Generator.Data;

namespace Generator.Validation.Narrative;

/// <summary>Table 1: documents, decisions, fees and purchases, by format.</summary>
internal sealed partial class TableFigures
{
    private TableFigure? Document(Topic topic, Aspect aspect)
    {
        var rules = topic == Topic.Rules;
        switch (report.ProactiveDisclosure)
        {
            case ProactiveDisclosure2021 p:
            {
                var row = rules ? p.Rules : p.NormativeDocuments;
                var label = rules ? "规章" : "行政规范性文件";
                return aspect switch
                {
                    Aspect.Issued => Cell(row.Issued, $"表1“{label}”的本年制发件数"),
                    Aspect.Repealed => Cell(row.Repealed, $"表1“{label}”的本年废止件数"),
                    Aspect.InForce => Cell(row.InForce, $"表1“{label}”的现行有效件数"),
                    _ => null,
                };
            }

            case ProactiveDisclosure2019 p:
            {
                var row = rules ? p.Rules : p.NormativeDocuments;
                var label = rules ? "规章" : "规范性文件";
                return aspect switch
                {
                    Aspect.Issued => Cell(row.MadeThisYear, $"表1“{label}”的本年新制作数量"),
                    Aspect.PublishedThisYear => Cell(row.PublishedThisYear, $"表1“{label}”的本年新公开数量"),
                    Aspect.PublishedTotal => Cell(row.PublishedTotal, $"表1“{label}”的对外公开总数量"),
                    _ => null,
                };
            }

            default:
                return null;
        }
    }

    private TableFigure? Decisions(Topic topic)
    {
        var label = topic switch
        {
            Topic.Licensing => "行政许可",
            Topic.Penalties => "行政处罚",
            Topic.Enforcement => "行政强制",
            _ => "其他对外管理服务事项",
        };
        return report.ProactiveDisclosure switch
        {
            ProactiveDisclosure2021 p => topic switch
            {
                Topic.Licensing => Cell(p.Licensing, $"表1“{label}”的本年处理决定数量"),
                Topic.Penalties => Cell(p.Penalties, $"表1“{label}”的本年处理决定数量"),
                Topic.Enforcement => Cell(p.Enforcement, $"表1“{label}”的本年处理决定数量"),
                _ => null,
            },
            ProactiveDisclosure2019 p => topic switch
            {
                Topic.Licensing => Cell(p.Licensing.Decisions, $"表1“{label}”的处理决定数量"),
                Topic.Penalties => Cell(p.Penalties.Decisions, $"表1“{label}”的处理决定数量"),
                Topic.Enforcement => Cell(p.Enforcement.Decisions, $"表1“{label}”的处理决定数量"),
                Topic.OtherPublicServices => Cell(p.OtherPublicServices.Decisions, $"表1“{label}”的处理决定数量"),
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>2021 （八）: 本年收费金额; the 2019 format has no amount for 收费.</summary>
    private TableFigure? Fees() =>
        report.ProactiveDisclosure is ProactiveDisclosure2021 p ? Amount(p.Fees, "表1“行政事业性收费”的本年收费金额") : null;

    /// <summary>2019 （九）: 采购项目数量 for a count, 采购总金额 for an amount; the 2021 format has no （九）.</summary>
    private TableFigure? Procurement(bool money) => report.ProactiveDisclosure is ProactiveDisclosure2019 p
        ? money ? Amount(p.Procurement.Amount, "表1“政府集中采购”的采购总金额") : Cell(p.Procurement.Projects, "表1“政府集中采购”的采购项目数量")
        : null;

    private static TableFigure Cell(Count count, string name) => TableFigure.Count(name, count.Value, count.Invalid);

    /// <summary>An amount in 万元, printed as written (and in 万元 when written in 元). A money cell that failed to read is null like a blank one.</summary>
    private TableFigure Amount(Money? money, string name) => money switch
    {
        null when moneyInvalid => new TableFigure(name, null, FigureState.Invalid, string.Empty),
        null => new TableFigure(name, null, FigureState.Blank, string.Empty),
        { Unit: MoneyUnit.Yuan } => new TableFigure(name, money.InTenThousandYuan, FigureState.Filled, $"{money}（{money.InTenThousandYuan.ToString(System.Globalization.CultureInfo.InvariantCulture)}万元）"),
        _ => new TableFigure(name, money.InTenThousandYuan, FigureState.Filled, money.ToString()),
    };
}
