using Generator.Authoring;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Cli.Commands;

/// <summary><c>new</c>: start a year's data file from the bureau's latest earlier year; never overwrites.</summary>
internal static class NewCommand
{
    internal static readonly HashSet<string> Options = ["data", "bureau", "year"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, Options);
        var bureau = parsed.Get("bureau") ?? throw new UsageException("new 需要 --bureau <单位标识>，即 data/ 下的单位文件夹名。");
        if (!DataFolder.IsBureauId(bureau))
        {
            throw new UsageException($"单位标识“{bureau}”只能用小写英文字母、数字和连字符，如 jiyuan、changle，"
                + "且不能是 Windows 保留的设备名（con、nul、aux、prn、com1–com9、lpt1–lpt9）。");
        }

        var year = parsed.GetYear("year") ?? throw new UsageException("new 需要 --year <年度>，即要新建的报告年度，如 --year 2025。");
        var data = parsed.Get("data") ?? "data";

        var sources = new SourceTextCache();
        var diagnostics = new DiagnosticBag();
        var result = NewYearFile.Create(data, bureau, year, sources, diagnostics);
        stderr.Write(new DiagnosticFormatter(sources).Format(diagnostics.Items));
        if (result.File is null)
        {
            return CommandLine.InvalidInput;
        }

        if (result.BureauFile is not null)
        {
            stdout.WriteLine($"这是一个新单位：已建立 {result.BureauFile}，请填写机关全称等单位信息。");
        }

        stdout.WriteLine($"已建立 {result.File}（{ReportFormats.ForYear(year).Name()} 格式）。");
        foreach (var note in result.Notes)
        {
            stdout.WriteLine("  " + note);
        }

        stdout.WriteLine($"请填写其中的 ~ 和“{NarrativeText.Placeholder}”，然后运行 {CommandName.Of($"validate --bureau {bureau} --year {year}")} 检查。");
        stdout.WriteLine($"在填好之前这个文件是草稿：生成全部报告（{CommandName.Of("build")}）时跳过它并提示一行，不算失败；"
            + $"{CommandName.Of($"build --year {year}")} 或 validate 会列出全部待填写之处。");
        return CommandLine.Ok;
    }
}
