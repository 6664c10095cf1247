namespace Generator.Diagnostics;

/// <summary>
/// Every diagnostic code the engine emits. Codes are stable: documentation (docs/diagnostics.md)
/// and users' notes refer to them, so a code is never reused for another meaning.
/// </summary>
public sealed record DiagnosticCode(string Id, string Title)
{
    // GEN00xx: files and YAML syntax
    public static readonly DiagnosticCode FileNotFound = new("GEN0001", "找不到文件或文件夹");
    public static readonly DiagnosticCode YamlSyntax = new("GEN0002", "YAML 语法错误");
    public static readonly DiagnosticCode DuplicateKey = new("GEN0003", "字段重复");
    public static readonly DiagnosticCode FileUnreadable = new("GEN0004", "文件无法读取");
    public static readonly DiagnosticCode YamlTooDeep = new("GEN0005", "YAML 嵌套过深");
    public static readonly DiagnosticCode YamlAliasExpansion = new("GEN0006", "YAML 别名展开过多");

    // GEN01xx: the shape and types of the data
    public static readonly DiagnosticCode UnknownKey = new("GEN0101", "未知字段");
    public static readonly DiagnosticCode MissingField = new("GEN0102", "缺少必填字段");
    public static readonly DiagnosticCode NotAnInteger = new("GEN0103", "应为整数");
    public static readonly DiagnosticCode NegativeCount = new("GEN0104", "数量不能为负数");
    public static readonly DiagnosticCode WrongNodeKind = new("GEN0105", "结构不对");
    public static readonly DiagnosticCode WrongColumnCount = new("GEN0106", "列数不对");
    public static readonly DiagnosticCode InvalidMoney = new("GEN0107", "金额格式不对");
    public static readonly DiagnosticCode InvalidDate = new("GEN0108", "日期格式不对");
    public static readonly DiagnosticCode YearMismatch = new("GEN0109", "年度与文件名不一致");
    public static readonly DiagnosticCode UnknownFormat = new("GEN0110", "未知的官方格式");
    public static readonly DiagnosticCode NotInFormat = new("GEN0111", "该格式没有此项");
    public static readonly DiagnosticCode InvalidUrl = new("GEN0112", "网址不对");
    public static readonly DiagnosticCode InvalidText = new("GEN0113", "应为文字");
    public static readonly DiagnosticCode InvalidWaiver = new("GEN0114", "说明（waiver）写法不对");
    public static readonly DiagnosticCode UnsafeLink = new("GEN0115", "链接地址不安全，按文字显示");
    public static readonly DiagnosticCode NumberTooLarge = new("GEN0116", "数字过大");
    public static readonly DiagnosticCode PlaceholderLeft = new("GEN0117", "还有待填写的内容");
    public static readonly DiagnosticCode NarrativeTooDeep = new("GEN0118", "叙述文字嵌套过深");
    public static readonly DiagnosticCode IncompleteTable = new("GEN0119", "表格一个数字也没有填");
    public static readonly DiagnosticCode ChineseInputCharacter = new("GEN0120", "中文输入法的标点或全角字符");
    public static readonly DiagnosticCode BlankCells = new("GEN0121", "表格中有空白格");
    public static readonly DiagnosticCode Draft = new("GEN0122", "草稿，未生成");
    public static readonly DiagnosticCode InvalidEmail = new("GEN0123", "电子邮箱写法不对");
    public static readonly DiagnosticCode KeyColon = new("GEN0124", "字段名后的冒号写法不对");
    public static readonly DiagnosticCode MarkupLimit = new("GEN0125", "文字标记超出处理上限");

    // GEN02xx: arithmetic relations (勾稽关系) and waivers
    public static readonly DiagnosticCode RelationR1 = new("GEN0201", "表2 勾稽关系 R1 不成立");
    public static readonly DiagnosticCode RelationR2 = new("GEN0202", "表2 勾稽关系 R2 不成立");
    public static readonly DiagnosticCode RelationR3 = new("GEN0203", "表2 勾稽关系 R3 不成立");
    public static readonly DiagnosticCode RelationR4 = new("GEN0204", "表3 勾稽关系 R4 不成立");
    public static readonly DiagnosticCode RelationR5 = new("GEN0205", "表1 项目数量为负");
    public static readonly DiagnosticCode RelationR6 = new("GEN0206", "表1 对外公开总数量小于本年新公开数量");
    public static readonly DiagnosticCode WaiverApplied = new("GEN0210", "照录已发布数字");
    public static readonly DiagnosticCode WaiverUnused = new("GEN0211", "说明（waiver）没有对应的不一致");

    // GEN022x: relations across years, against the same bureau's report of the year before
    public static readonly DiagnosticCode CarriedOverMismatch = new("GEN0221", "上年结转与上一年度结转下年度不一致");
    public static readonly DiagnosticCode InForceMismatch = new("GEN0222", "现行有效件数与上一年度不衔接");
    public static readonly DiagnosticCode ItemsLastYearMismatch = new("GEN0223", "上一年项目数量与上一年度不衔接");
    public static readonly DiagnosticCode PreviousYearUnusable = new("GEN0224", "上一年度数据有误，未做跨年度核对");

    // GEN023x: the narrative against the tables
    public static readonly DiagnosticCode NarrativeFigureMismatch = new("GEN0231", "叙述中的数字与表格不一致");
    public static readonly DiagnosticCode NarrativeFigureUnsure = new("GEN0232", "叙述中的数字可能与表格不一致");

    // GEN025x: this year against last year (text and key figures) and the 一图读懂 graphic
    public static readonly DiagnosticCode NarrativeRepeatsLastYear = new("GEN0251", "叙述重复上一年度的文字");
    public static readonly DiagnosticCode ChangeBeyondReason = new("GEN0252", "关键数字与上年相比变化超常");
    public static readonly DiagnosticCode GraphicSkipped = new("GEN0253", "未生成一图读懂");
    public static readonly DiagnosticCode GraphicInvalid = new("GEN0254", "一图读懂模板生成的 SVG 有误");
    public static readonly DiagnosticCode GraphicFontMissing = new("GEN0255", "找不到中文字体，未生成一图读懂的图片");

    // GEN03xx: templates and the document markup they produce
    public static readonly DiagnosticCode TemplateSyntax = new("GEN0301", "模板语法错误");
    public static readonly DiagnosticCode TemplateRuntime = new("GEN0302", "模板运行错误");
    public static readonly DiagnosticCode TemplateNotFound = new("GEN0303", "找不到模板");
    public static readonly DiagnosticCode DocumentMarkup = new("GEN0304", "模板生成的文档标记有误");
    public static readonly DiagnosticCode TemplateOutsideFolder = new("GEN0305", "模板文件在模板文件夹以外");
    public static readonly DiagnosticCode TemplateUnreadable = new("GEN0306", "模板文件无法读取");

    // GEN04xx: command line and output
    public static readonly DiagnosticCode Usage = new("GEN0401", "命令用法错误");
    public static readonly DiagnosticCode OutputFailed = new("GEN0402", "无法写入输出文件");
    public static readonly DiagnosticCode FileExists = new("GEN0403", "文件已存在，不覆盖");
    public static readonly DiagnosticCode InvalidBureauFolder = new("GEN0404", "单位文件夹名不能作为单位标识");
    public static readonly DiagnosticCode OutputIsLink = new("GEN0405", "输出文件夹是链接");
    public static readonly DiagnosticCode OutputBusy = new("GEN0406", "另一个生成过程正在写入输出文件夹");
    public static readonly DiagnosticCode MisnamedYearFile = new("GEN0407", "年度数据文件名不对");
    public static readonly DiagnosticCode ManifestDamaged = new("GEN0408", "生成记录已损坏");
    public static readonly DiagnosticCode OutputInUse = new("GEN0409", "输出文件正被其他程序打开");

    // GEN05xx: PDF made from the Word file by LibreOffice (build --pdf)
    public static readonly DiagnosticCode PdfUnavailable = new("GEN0501", "找不到 LibreOffice，无法生成 PDF");
    public static readonly DiagnosticCode PdfFailed = new("GEN0502", "PDF 转换失败");

    // GEN06xx: import of published reports (web page, Word, PDF, Markdown) into data files
    public static readonly DiagnosticCode ImportTooLarge = new("GEN0601", "导入的文件过大或压缩异常");
    public static readonly DiagnosticCode ImportUnknownFormat = new("GEN0602", "不能导入的文件格式");
    public static readonly DiagnosticCode ImportNotAReport = new("GEN0603", "不是政府信息公开工作年度报告");
    public static readonly DiagnosticCode ImportNoText = new("GEN0604", "PDF 没有文字（扫描件）");
    public static readonly DiagnosticCode ImportUnreadable = new("GEN0605", "导入的文件无法读取");
    public static readonly DiagnosticCode ImportBureauUnknown = new("GEN0606", "无法确定单位");
    public static readonly DiagnosticCode ImportYearUnknown = new("GEN0607", "无法确定报告年度");
    public static readonly DiagnosticCode ImportCellUnread = new("GEN0608", "表格中有未能读出的格");
    public static readonly DiagnosticCode ImportPartMissing = new("GEN0609", "已发布报告中没有找到某一部分");
    public static readonly DiagnosticCode ImportBesideExisting = new("GEN0610", "数据文件已存在，导入结果另存");

    // GEN07xx: 汇总 (summary) of one year across the bureaus of a group
    public static readonly DiagnosticCode GroupInvalid = new("GEN0701", "分组文件写法不对");
    public static readonly DiagnosticCode SummaryMixedFormats = new("GEN0702", "汇总的报告格式不一致");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        FileNotFound, YamlSyntax, DuplicateKey, FileUnreadable, YamlTooDeep, YamlAliasExpansion,
        UnknownKey, MissingField, NotAnInteger, NegativeCount, WrongNodeKind, WrongColumnCount,
        InvalidMoney, InvalidDate, YearMismatch, UnknownFormat, NotInFormat, InvalidUrl, InvalidText, InvalidWaiver, UnsafeLink,
        NumberTooLarge, PlaceholderLeft, NarrativeTooDeep, IncompleteTable, ChineseInputCharacter, BlankCells, Draft, InvalidEmail, KeyColon, MarkupLimit,
        RelationR1, RelationR2, RelationR3, RelationR4, RelationR5, RelationR6, WaiverApplied, WaiverUnused,
        CarriedOverMismatch, InForceMismatch, ItemsLastYearMismatch, PreviousYearUnusable, NarrativeFigureMismatch,
        NarrativeFigureUnsure, NarrativeRepeatsLastYear, ChangeBeyondReason, GraphicSkipped, GraphicInvalid, GraphicFontMissing,
        TemplateSyntax, TemplateRuntime, TemplateNotFound, DocumentMarkup, TemplateOutsideFolder, TemplateUnreadable,
        Usage, OutputFailed, FileExists, InvalidBureauFolder, OutputIsLink, OutputBusy, MisnamedYearFile, ManifestDamaged, OutputInUse,
        PdfUnavailable, PdfFailed,
        ImportTooLarge, ImportUnknownFormat, ImportNotAReport, ImportNoText, ImportUnreadable, ImportBureauUnknown, ImportYearUnknown,
        ImportCellUnread, ImportPartMissing, ImportBesideExisting,
        GroupInvalid, SummaryMixedFormats,
    ];
}
