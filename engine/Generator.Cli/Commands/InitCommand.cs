using Generator.Authoring;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Cli.Commands;

/// <summary><c>init [DIR]</c>: set up a working folder for one bureau (see <see cref="WorkingFolder"/>); never overwrites.</summary>
internal static class InitCommand
{
    internal static readonly HashSet<string> Options = ["bureau", "year"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, DateTime.Now.Year);

    /// <param name="thisYear">The year whose data file is made without <c>--year</c>; a parameter so tests do not depend on the date.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, int thisYear)
    {
        var folder = ".";
        if (args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            folder = args[0];
            args = args[1..];
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new UsageException("init 的文件夹名是空的，请写上要建立的工作文件夹，如 年度报告。");
        }

        var parsed = Arguments.Parse(args, Options);
        var bureau = parsed.Get("bureau") ?? throw new UsageException($"init 需要 --bureau <单位标识>，如 {CommandName.Of("init 年度报告 --bureau jiyuan")}。");
        if (!DataFolder.IsBureauId(bureau))
        {
            throw new UsageException($"单位标识“{bureau}”只能用小写英文字母、数字和连字符，如 jiyuan、changle，"
                + "且不能是 Windows 保留的设备名（con、nul、aux、prn、com1–com9、lpt1–lpt9）。");
        }

        var year = parsed.GetYear("year") ?? thisYear;
        if (File.Exists(folder))
        {
            throw new UsageException($"{folder} 是一个文件，不是文件夹：请换一个工作文件夹的名字。");
        }

        var sources = new SourceTextCache();
        var diagnostics = new DiagnosticBag();
        var result = WorkingFolder.Create(folder, bureau, year, sources, diagnostics);
        stderr.Write(new DiagnosticFormatter(sources).Format(diagnostics.Items));
        if (diagnostics.HasErrors)
        {
            return CommandLine.InvalidInput;
        }

        var shown = DisplayPath.Of(folder);
        stdout.WriteLine($"工作文件夹 {shown}：新建 {result.Created.Count} 个文件{(result.Kept.Count > 0 ? $"，{result.Kept.Count} 个已有的文件保持不变" : string.Empty)}。");
        foreach (var kept in result.Kept)
        {
            stdout.WriteLine($"  已有，未改动：{kept}");
        }

        if (result.Year is { File: { } yearFile } created)
        {
            if (created.BureauFile is not null)
            {
                stdout.WriteLine($"已建立 {created.BureauFile}，请填写机关全称等单位信息。");
            }

            stdout.WriteLine($"已建立 {yearFile}（{ReportFormats.ForYear(year).Name()} 格式），请填写其中的 ~ 和“{NarrativeText.Placeholder}”。");
        }

        var enter = shown == "." ? string.Empty : $"进入工作文件夹（cd {Quote(shown)}）后，";
        stdout.WriteLine($"{enter}用 {CommandName.Of($"validate --bureau {bureau} --year {year}")} 检查，{CommandName.Of("build")} 生成报告。");
        stdout.WriteLine($"填写方法见 {WorkingFolder.SamplesFolder}/ 中的示例和 {WorkingFolder.GuideName}。");
        return CommandLine.Ok;
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
