using System.Collections;
using Generator.Data;
using Scriban.Runtime;

namespace Generator.Templating;

/// <summary>
/// What a value is, in words a template editor knows (<c>表格的一行</c>, not <c>FigureRow</c>), and what to
/// write instead when it was used where text is needed. Messages never show a .NET or Scriban type name.
/// </summary>
internal static class TemplateValueKinds
{
    public readonly record struct Kind(string Name, string Hint);

    private const string FieldsHint = "请写出要用的字段（字段名见 docs/data-format.md），如 `report.requests.received.total`。";

    /// <summary>The model's types by what they hold; a type not listed is described by its fields.</summary>
    private static readonly Dictionary<Type, Kind> Model = new()
    {
        [typeof(Report)] = new("整份报告的数据", "请写出要输出的字段，如 `report.title`、`report.year`。"),
        [typeof(Bureau)] = new("单位信息", "请写出要输出的字段，如 `bureau.agency`、`bureau.signature`。"),
        [typeof(Contact)] = new("联系方式", "请写出要输出的字段，如 `bureau.contact.phone`、`bureau.contact.address`。"),
        [typeof(ProactiveDisclosure2019)] = new("表1（主动公开）的数据", "请写出其中的一格，如 `report.proactive_disclosure.licensing.decisions`。"),
        [typeof(ProactiveDisclosure2021)] = new("表1（主动公开）的数据", "请写出其中的一格，如 `report.proactive_disclosure.licensing`。"),
        [typeof(DocumentCounts2019)] = new("表1的一行（几个数字）", "请写出其中的一格，如 `p.rules.made_this_year`。"),
        [typeof(DocumentCounts2021)] = new("表1的一行（几个数字）", "请写出其中的一格，如 `p.rules.issued`。"),
        [typeof(ItemCounts)] = new("表1的一行（几个数字）", "请写出其中的一格，如 `p.licensing.decisions`。"),
        [typeof(Procurement)] = new("表1的政府集中采购一行", "请写出其中的一格：`projects`（项目数量）或 `money p.procurement.amount`（金额）。"),
        [typeof(RequestHandling)] = new("表2（依申请公开）的数据", "请写出其中的一行的总计，如 `report.requests.received.total`。"),
        [typeof(Appeals)] = new("表3（行政复议、行政诉讼）的数据", "请写出其中的一行的总计，如 `report.appeals.reconsideration.total`。"),
        [typeof(FigureRow)] = new("表格中的一行（几个数字）", "要输出表格中的数字，请写 `row.total`（这一行的总计），或用 `row_cells row` 输出这一行的各格。"),
        [typeof(NarrativeText)] = new("一段叙述文字",
            "叙述文字请用围栏块放置：单独一行写 ```narrative 名字，下一行写 ```（见 docs/templates.md），程序会单独解析其中的段落和列表。"),
        [typeof(Waiver)] = new("一条豁免说明", "豁免说明不在报告中输出；要输出其中的理由，请写 `w.reason`。"),
        [typeof(ReportFormat)] = new("报告格式的内部名称", "要输出报告格式，请写 `format`（值为 \"2019\" 或 \"2021\"）。"),
        [typeof(MoneyUnit)] = new("金额单位的内部名称", "要输出单位，请写 `金额.unit_text`（元 或 万元），或用 `money 金额` 输出带单位的金额。"),
        [typeof(DateOnly)] = new("日期", "日期请用 `cn_date` 输出，如 `cn_date report.signed_on`（写作 2020年1月20日）。"),
    };

    private static readonly Kind Truth = new("是非值", "是非值不能直接输出：请用 {{ if 条件 }}…{{ else }}…{{ end }} 写出要输出的文字。");
    private static readonly Kind NotFinite = new("无穷大或不是数的结果（通常是除以 0 得到的）", "请先判断除数不为 0，如 {{ if n != 0 }}…{{ end }}。");
    private static readonly Kind List = new("一组值（列表）",
        "要逐项输出，请用 {{ for x in 列表 }}{{ x }}{{ end }}；要连成一句，请用 `array.join 列表 \"、\"`；要输出其中一项，请写 `列表[0]`（从 0 数起）。");
    private static readonly Kind Function = new("函数本身，而不是调用它的结果",
        "调用函数要在后面写出参数，如 `money report.processing_fee`；函数名前加 @ 只用于把函数交给别的函数。");
    private static readonly Kind Object = new("一组有名字的值（对象）", "请写出其中要用的一项，如 `x.名字`。");
    private static readonly Kind Other = new("一个不能作为文字的值", FieldsHint);

    public static Kind Describe(object? value) => value switch
    {
        null => new("空白", string.Empty),
        bool => Truth,
        double or float => NotFinite,
        string => new("文字", string.Empty),
        Count => new("表格中的一个数字", string.Empty),
        Money => new("金额", string.Empty),
        RawMarkup => new("一段文档标记", string.Empty),
        int or long or decimal or short or byte or sbyte or ushort or uint or ulong or System.Numerics.BigInteger => new("数字", string.Empty),
        IScriptCustomFunction => Function,
        IList => List,
        IScriptObject => Object,
        _ when Model.TryGetValue(value.GetType(), out var kind) => kind,
        IList or IEnumerable and not IScriptObject => List,
        Enum => new("内部名称", FieldsHint),
        _ => Other,
    };

    /// <summary>The name of what a parameter of type <paramref name="type"/> takes, for messages about function arguments.</summary>
    public static string NameOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(Money))
        {
            return "金额（如 `report.processing_fee`）";
        }

        if (type == typeof(FigureRow))
        {
            return "表格中的一行（如 `report.requests.received`）";
        }

        if (type == typeof(NarrativeText))
        {
            return "一段叙述文字（如 `report.other_matters`）";
        }

        if (type == typeof(IEnumerable<FigureRow>))
        {
            return "若干行（如 `report.requests.withheld`）";
        }

        return Model.TryGetValue(type, out var kind) ? kind.Name : ScribanName(type.Name.Split('`')[0]);
    }

    /// <summary>
    /// A type as Scriban names it in its messages (<c>string</c>, <c>int</c>, <c>array</c>, and
    /// <see cref="MarkupTemplateContext.GetTypeName"/>'s <c>object</c> for any model value), in Chinese.
    /// </summary>
    public static string ScribanName(string name) => name switch
    {
        "string" or "String" => "文字",
        "int" or "long" or "short" or "byte" or "sbyte" or "ushort" or "uint" or "ulong" or "bigint" or "Int32" or "Int64" => "整数",
        "float" or "double" or "decimal" or "Double" or "Decimal" or "Single" => "数字",
        "bool" or "boolean" or "Boolean" => "是非值",
        "array" or "IEnumerable" or "IList" or "iterator" or "ScriptArray" => "一组值（列表）",
        "IDictionary" or "ScriptObject" or "IScriptObject" => "一组有名字的值（对象）",
        "range" => "数字范围（如 1..3）",
        "object" or "Object" => "一组数据（对象）",
        "function" => "函数",
        "enum" => "内部名称",
        "null" => "空白",
        "DateOnly" or "DateTime" => "日期",
        "TimeSpan" => "时长",
        "Money" => "金额",
        "Count" => "表格中的一个数字",
        "char" or "Char" => "文字",
        _ => Model.FirstOrDefault(m => m.Key.Name == name).Value.Name ?? "另一种值",
    };
}
