using System.Text;
using Generator.Building;
using Generator.Cli;
using Generator.Data;
using Generator.Defaults;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Windows;

/// <summary>
/// What Windows users meet that Linux cannot show directly, checked through the rules the program applies:
/// Chinese in <c>cmd.exe</c> and PowerShell (code page 936 or UTF-8), paths with <c>\</c> and drive letters
/// in diagnostics, data files saved with CRLF line ends, and paths longer than Windows' old 260 characters.
/// </summary>
public sealed class WindowsConsoleAndPathTests
{
    [Theory]
    [InlineData(true, 936, null, 936)]        // Chinese Windows: cmd, PowerShell and their redirections read GBK
    [InlineData(true, 65001, null, 65001)]    // chcp 65001, Windows Terminal set to UTF-8
    [InlineData(true, 437, null, 65001)]      // English Windows: 437 has no Chinese; the console is switched to UTF-8
    [InlineData(false, 0, null, 65001)]       // Linux (统信 UOS, 麒麟): UTF-8
    [InlineData(true, 936, "utf-8", 65001)]   // GENERATOR_ENCODING overrides
    [InlineData(false, 0, "gbk", 936)]
    public void The_console_encoding_follows_the_code_page_that_can_show_Chinese(bool windows, int codePage, string? overridden, int expected)
    {
        var encoding = ConsoleEncoding.Choose(windows, codePage, overridden);

        Assert.Equal(expected, encoding.CodePage);
        Assert.Empty(encoding.GetPreamble());
    }

    [Fact]
    public void Chinese_in_code_page_936_is_GBK_bytes()
    {
        var gbk = ConsoleEncoding.Choose(windows: true, ConsoleEncoding.Gbk, null);

        Assert.Equal(new byte[] { 0xB4, 0xED, 0xCE, 0xF3 }, gbk.GetBytes("错误"));
        Assert.Equal("?", gbk.GetString(gbk.GetBytes("\u0E01")));  // a character GBK lacks prints as “?”, and the program goes on
    }

    /// <summary>
    /// Every fixed text the program prints — the help, every diagnostic code's title, the guide — can be
    /// written in GBK without a single “?”: a Chinese Windows console shows all of it.
    /// </summary>
    [Fact]
    public void Every_fixed_text_the_program_prints_is_representable_in_GBK()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var strict = Encoding.GetEncoding(ConsoleEncoding.Gbk, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var texts = new List<(string Name, string Text)> { ("help", HelpText.All), ("使用说明.txt", Encoding.UTF8.GetString(BuiltInFiles.Guide.Content)) };
        texts.AddRange(HelpText.Commands.Select(c => ("help " + c.Name, HelpText.For(c.Name)!)));
        texts.AddRange(DiagnosticCode.All.Select(c => (c.Id, c.Title)));

        foreach (var (name, text) in texts)
        {
            var bad = text.Where((_, i) => !Encodable(strict, text, i)).Distinct().ToList();
            Assert.True(bad.Count == 0, $"{name}: {string.Join(" ", bad.Select(c => $"U+{(int)c:X4}"))} cannot be shown in code page 936");
        }

        static bool Encodable(Encoding encoding, string text, int i)
        {
            try
            {
                encoding.GetBytes(text.Substring(i, char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1));
                return true;
            }
            catch (EncoderFallbackException)
            {
                return char.IsLowSurrogate(text[i]);
            }
        }
    }

    [Theory]
    [InlineData("data/jiyuan/2021.yaml", true, @"data\jiyuan\2021.yaml")]
    [InlineData(@"..\报告\data\jiyuan\2021.yaml", true, @"..\报告\data\jiyuan\2021.yaml")]
    [InlineData(@"D:\报告\data\jiyuan\2021.yaml", true, @"D:\报告\data\jiyuan\2021.yaml")]   // another drive: absolute, drive letter kept
    [InlineData(@"\\server\共享\data\a.yaml", true, @"\\server\共享\data\a.yaml")]          // a network share
    [InlineData("data/jiyuan/2021.yaml", false, "data/jiyuan/2021.yaml")]
    public void Paths_are_shown_with_the_separator_of_the_system(string path, bool windows, string shown)
    {
        Assert.Equal(shown, DisplayPath.Styled(path, windows));
    }

    [Fact]
    public void A_diagnostic_on_another_drive_keeps_its_drive_letter_before_line_and_column()
    {
        const string File = @"D:\报告\data\jiyuan\2021.yaml";
        var sources = new SourceTextCache();
        sources.Remember(File, "year: 2021\nrequests:\n  received: [十, 0]\n");
        var diagnostic = new Diagnostic(Severity.Error, "GEN0103", new SourceSpan(File, 3, 14), "应是整数", "请写阿拉伯数字");

        var text = new DiagnosticFormatter(sources).Format([diagnostic]);

        Assert.StartsWith(@"D:\报告\data\jiyuan\2021.yaml(3,14): error GEN0103: 应是整数" + "\n", text, StringComparison.Ordinal);
        Assert.Contains("  received: [十, 0]", text, StringComparison.Ordinal);
    }

    /// <summary>Notepad and WPS on Windows save with CRLF: every sample so saved builds the same bytes with the same diagnostics.</summary>
    [Fact]
    public void Data_files_with_CRLF_line_ends_build_every_sample_as_with_LF()
    {
        var crlf = Tests.Cli.BuildCommandTests.CopySamples();
        foreach (var file in Directory.EnumerateFiles(crlf, "*.yaml", SearchOption.AllDirectories))
        {
            System.IO.File.WriteAllText(file, System.IO.File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal));
        }

        var lf = TestPaths.NewTempFolder();
        var withCrlf = TestPaths.NewTempFolder();
        var a = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(TestPaths.Data, TestPaths.Templates, lf, DisplayBase: TestPaths.Data));
        var b = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(crlf, TestPaths.Templates, withCrlf, DisplayBase: crlf));

        Assert.True(b.Succeeded, string.Join("\n", b.Diagnostics));
        Assert.Equal(a.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column, d.Message)), b.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column, d.Message)));
        foreach (var file in Directory.EnumerateFiles(lf, "report.*", SearchOption.AllDirectories))
        {
            Assert.Equal(System.IO.File.ReadAllBytes(file), System.IO.File.ReadAllBytes(Path.Combine(withCrlf, Path.GetRelativePath(lf, file))));
        }
    }

    /// <summary>Folders nested deeper than Windows' old MAX_PATH (260): data, output and diagnostics work there.</summary>
    [Fact]
    public void Paths_longer_than_260_characters_work()
    {
        var deep = TestPaths.NewTempFolder();
        while (deep.Length < 300)
        {
            deep = Path.Combine(deep, "政府信息公开工作年度报告的工作文件夹");
        }

        var data = Path.Combine(deep, "data");
        TestPaths.CopyFolder(Path.Combine(TestPaths.Data, "jiyuan"), Path.Combine(data, "jiyuan"));
        var outFolder = Path.Combine(deep, "out");

        var result = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(data, TestPaths.Templates, outFolder));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var docx = Path.Combine(outFolder, "jiyuan", "2021", "report.docx");
        Assert.True(docx.Length > 260, docx);
        Assert.True(System.IO.File.Exists(docx));
    }
}
