using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>
/// The usage text: an overview of the commands (<c>help</c>) and one section per command
/// (<c>help &lt;command&gt;</c>); <c>help</c> alone prints the overview and every section.
/// Commands are shown the way the user runs the program (<see cref="CommandName"/>).
/// </summary>
internal static class HelpText
{
    /// <summary>The commands in the order the overview lists them, each with its one-line summary.</summary>
    public static IReadOnlyList<(string Name, string Summary)> Commands { get; } =
    [
        ("init", "建立工作文件夹：某单位的数据文件夹、本年度的数据文件、编辑器的中文提示、示例数据和使用说明"),
        ("build", "由 data/ 中的数据和模板生成报告（HTML、Markdown、Word），写入 out/<单位>/<年度>/"),
        ("validate", "做 build 的全部检查（YAML、字段、数字、勾稽关系、跨年度衔接、照录说明、叙述、模板），不生成文件；--fix 自动改正输入法造成的错误"),
        ("new", "由某单位最近一年的数据建立新年度的数据文件：结转数字已填，其余留空待填"),
        ("import", "把已发布的报告（网页、Word、PDF，或本程序生成的 Markdown）导入为数据文件 data/<单位>/<年度>.yaml，并检查"),
        ("summary", "汇总某一年度各单位的报告：状态一览（谁未建立、草稿、有错误）、官方表格格式的汇总表、各单位明细（Excel）和异常情况，写入 out/summary/<年度>/"),
        ("serve", "在本机启动预览网页：显示各报告的状态、报告本身和它的问题；保存数据文件或模板后页面自动更新"),
        ("dump", "显示报告的文档结构（每个节点及其来源位置），用于排查模板问题；选项同 build（无 --out、--format、--pdf）"),
        ("help", "显示本说明；help <命令> 只显示该命令的说明"),
    ];

    private const string TemplatesDefault = "默认：工作文件夹中的 templates/，没有则用程序内置的官方模板";

    public static string Overview => $"""
        用法：{CommandName.Prefix} <命令> [选项]
              {CommandName.Prefix} --version   显示程序的版本

        命令：
        {string.Join("\n", Commands.Select(c => $"  {c.Name,-10} {c.Summary}"))}

        """;

    private static string ExitCodes => "退出码：0 成功；1 数据或模板有错误；2 命令用法错误；3 程序内部错误。\n";

    /// <summary>Everything: the overview, every command's section, the exit codes.</summary>
    public static string All => Overview + string.Concat(Commands.Select(c => "\n" + Section(c.Name))) + "\n" + ExitCodes;

    /// <summary>One command's usage line, summary and options, then the exit codes; null for an unknown command.</summary>
    public static string? For(string command) =>
        Commands.Any(c => c.Name == command)
            ? $"用法：{CommandName.Prefix} {command}{Arguments(command)}\n\n{Commands.Single(c => c.Name == command).Summary}。\n\n{Section(command)}\n{ExitCodes}"
            : null;

    private static string Arguments(string command) => command switch
    {
        "init" => " [文件夹] --bureau <单位标识> [--year <年度>]",
        "help" => " [命令]",
        "new" => " --bureau <单位标识> --year <年度> [选项]",
        "import" => " <文件或文件夹>… [选项]",
        "summary" => " --year <年度> [选项]",
        _ => " [选项]",
    };

    private static string Section(string command) => command switch
    {
        "init" => $"""
            init 的选项：
              [文件夹]               要建立的工作文件夹（默认当前文件夹）；已有的文件不会被覆盖
              --bureau <单位标识>     必填：单位标识，小写英文字母、数字和连字符，如 jiyuan
              --year <年度>          本年度数据文件的年度（默认今年）

              建立 data/<单位标识>/bureau.yaml 和 data/<单位标识>/<年度>.yaml（同 new）、schema/ 与
              .vscode/settings.json（VS Code 编辑数据时的中文提示，不需联网）、示例数据/（已填好的示例）
              和 使用说明.txt。之后在这个文件夹中运行 validate、build。

            """,
        "build" => $"""
            build 的选项：
              --data <文件夹>        数据文件夹（默认 data）
              --templates <文件夹>   模板文件夹（{TemplatesDefault}）
              --out <文件夹>         输出文件夹（默认 out）
              --bureau <单位标识>     只生成该单位的报告
              --year <年度>          只生成该年度的报告
              --format <格式>        只生成这些格式，逗号分隔：html, md, docx, graphic（一图读懂 graphic.svg 和 graphic.png；默认全部）
              --pdf                 另外用 LibreOffice 把 Word 文件转换为 report.pdf（需要安装 LibreOffice）
              --soffice <程序>       与 --pdf 同用：LibreOffice 程序 soffice 的位置（默认在 PATH 中查找）
              --font <字体文件>      一图读懂 PNG 图片所用的中文字体（.ttf、.otf、.ttc；默认用系统的 Noto Sans CJK SC 等）
              --force               全部重新生成（默认只生成数据、模板或程序有变化的报告）
              --dry-run             预演：列出将会变化的报告，不写入任何文件
              --diff                对每份有变化的报告显示 Markdown 文本的差异（旧 → 新）
              --wait <秒>            另一个 build 正在写同一输出文件夹时最多等待多少秒（默认 600）

              build 把各单位并行生成；只写入内容有变化的文件（先写临时文件再改名，中途中断也不会留下半个文件），
              完成后更新站点目录 out/index.html，并列出有变化的报告。多个 build 同时写同一输出文件夹时，后来者等待。

            """,
        "validate" => $"""
            validate 的选项：
              --data、--templates、--bureau、--year  同 build（模板也检查：build 会报的错误 validate 都会报）
              --format <text|json>   结果的形式：text（默认，给人看）或 json（给编辑器、CI 等程序读，写到标准输出）
              --fix                 先自动改正只有一种改法的输入错误（全角数字、数字间的中文逗号、字段名后的全角冒号、
                                    数字后的“件”等），逐处列出；文件中还有其他错误时不改动它。其余字节原样保留

            """,
        "new" => """
            new 的选项：
              --bureau <单位标识>     必填：data/ 下的单位文件夹（新单位则同时建立该文件夹和待填写的 bureau.yaml）
              --year <年度>          必填：新建的年度，生成 data/<单位>/<年度>.yaml，已存在时不覆盖
              --data <文件夹>        数据文件夹（默认 data）

            """,
        "import" => $"""
            import 的选项：
              --bureau <单位标识>     报告所属的单位（默认按报告中的机关名称在 data/ 中查找；新单位必须指明）
              --data <文件夹>        数据文件夹（默认 data）
              --templates <文件夹>   模板文件夹（{TemplatesDefault}）：由模板生成的句子（如表格前的统计句、标准前言）不作为叙述导入
              --force               已有该年度的数据文件时覆盖它（默认不覆盖，导入结果写在旁边的 <年度>.imported.yaml）
              --as-published        已发布报告中不符合勾稽关系的数字，自动写入照录说明（waivers），使该年度按原样重新生成

              文件夹中的 .html、.docx、.pdf、.md 文件全部导入；未能读出的格写作 ~ 并加注释“未能读出”。导入后做 validate 的全部检查。

            """,
        "summary" => $"""
            summary 的选项：
              --year <年度>          必填：汇总的年度
              --bureaus <标识,标识…>  只汇总这些单位（逗号分隔）
              --group <分组名>        只汇总 data/groups.yaml 中这个分组的单位（含下级分组）；不写 --bureaus、--group 时汇总 data/ 中全部单位
              --data、--templates、--out  同 build

              只有没有错误的报告计入汇总表；未建立、草稿和有错误的单位列在汇总表末尾和状态一览中。说明见 docs/summary.md。

            """,
        "serve" => $"""
            serve 的选项：
              --data <文件夹>        数据文件夹（默认 data）
              --templates <文件夹>   模板文件夹（{TemplatesDefault}）
              --out <文件夹>         已发布报告所在的输出文件夹（默认 out；只读取，不写入）
              --port <端口>          端口（默认 {Generator.Cli.Commands.ServeCommand.DefaultPort}）
              --host <IP 地址>       监听的地址（默认 127.0.0.1，只有本机能打开）。写其他地址时同一网络的
                                    其他计算机也能看到全部报告数据，程序会给出警告
              --open                启动后用默认浏览器打开预览

              报告在内存中生成，与 build 生成的完全相同，但不写入任何文件。保存数据文件或模板后，只重新生成
              受影响的报告，打开的页面随即更新；数据有错误时列出问题（文件:行:列、原文、提示），报告保留上一次
              成功的版本并灰色显示。表格中的数字可以在页面上点击修改，写回数据文件中那个数的位置；页面上还可下载
              Word、Markdown、PDF（装有 LibreOffice 时），并与 out/ 中已发布的版本比较。说明见 docs/serve.md。按 Ctrl+C 停止。

            """,
        "dump" => $"""
            dump 的选项：
              --data、--templates、--bureau、--year  同 build

            """,
        _ => """
            help 的用法：
              help                  显示全部命令和选项
              help <命令>           只显示一个命令的说明，如 help build

            """,
    };
}
