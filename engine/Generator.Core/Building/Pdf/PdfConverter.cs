using System.Diagnostics;
using System.Globalization;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Building.Pdf;

/// <summary>
/// <c>build --pdf</c>: turns the written Word files into PDF with LibreOffice, the word processor a
/// Linux server has. The PDF comes from the Word file, so it shows what a clerk printing the
/// <c>.docx</c> would get. LibreOffice runs headless with a private profile (so it never meets a
/// user's open LibreOffice) and with <c>fonts.conf</c>, which maps the official font names to the
/// nearest installed faces. One LibreOffice start converts a batch of reports.
/// </summary>
public static class PdfConverter
{
    private const int BatchSize = 40;

    /// <summary>The LibreOffice program: <c>GENERATOR_SOFFICE</c> if set, else <c>soffice</c> or <c>libreoffice</c> on the PATH.</summary>
    public static string? FindOffice()
    {
        if (Environment.GetEnvironmentVariable("GENERATOR_SOFFICE") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        return OperatingSystem.IsWindows() ? FindOnPath("soffice.exe") : FindOnPath("soffice", "libreoffice");
    }

    /// <summary>The first of <paramref name="names"/> found in a folder of the PATH, or null.</summary>
    internal static string? FindOnPath(params string[] names)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Writes <c>report.pdf</c> beside each given <c>report.docx</c> (temp file and rename, like every
    /// output) and returns the PDF paths written; problems become diagnostics.
    /// </summary>
    /// <param name="office">The LibreOffice program the user named (<c>--soffice</c>), or null to look for it.</param>
    public static IReadOnlyList<string> Convert(IReadOnlyList<string> wordFiles, string? office, string? displayBase, DiagnosticBag diagnostics)
    {
        if (wordFiles.Count == 0)
        {
            return [];
        }

        if (office is not null && !File.Exists(office))
        {
            diagnostics.Error(DiagnosticCode.PdfUnavailable, new SourceSpan("build --pdf", 0, 0),
                $"--soffice 指定的 LibreOffice 程序“{DisplayPath.Of(office, displayBase)}”不存在，没有生成 PDF（HTML、Markdown 和 Word 文件已正常生成）",
                "请写 soffice 程序的完整路径，例如 /usr/bin/soffice；不写 --soffice 时程序会在 PATH 中查找。");
            return [];
        }

        office ??= FindOffice();
        if (office is null)
        {
            diagnostics.Error(DiagnosticCode.PdfUnavailable, new SourceSpan("build --pdf", 0, 0),
                "这台机器上找不到 LibreOffice，没有生成 PDF（HTML、Markdown 和 Word 文件已正常生成）",
                "请安装 LibreOffice（Debian/Ubuntu：apt install libreoffice-writer-nogui fonts-noto-cjk），或用 --soffice 指明 soffice 程序的位置；也可以用 Word 或 WPS 打开 report.docx 另存为 PDF。");
            return [];
        }

        var written = new List<string>();
        for (var start = 0; start < wordFiles.Count; start += BatchSize)
        {
            var batch = wordFiles.Skip(start).Take(BatchSize).ToList();
            try
            {
                written.AddRange(ConvertBatch(office, batch, displayBase, diagnostics));
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // The file exists but is not a program this machine can start.
                diagnostics.Error(DiagnosticCode.PdfUnavailable, new SourceSpan("build --pdf", 0, 0),
                    $"无法启动 LibreOffice 程序“{DisplayPath.Of(office, displayBase)}”：它不是这台机器能运行的程序，没有生成 PDF（HTML、Markdown 和 Word 文件已正常生成）",
                    "请用 --soffice 指明 LibreOffice 的 soffice 程序，例如 /usr/bin/soffice。");
                break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                foreach (var file in batch)
                {
                    diagnostics.Error(DiagnosticCode.PdfFailed, new SourceSpan(DisplayPath.Of(file, displayBase), 0, 0),
                        "PDF 转换时无法读写文件（临时文件夹或输出文件夹），没有生成这份 PDF",
                        "请检查输出文件夹和系统临时文件夹是否可写、磁盘是否已满；Word 文件本身已生成。");
                }
            }
        }

        return written;
    }

    private static List<string> ConvertBatch(string office, List<string> wordFiles, string? displayBase, DiagnosticBag diagnostics)
    {
        var work = Path.Combine(Path.GetTempPath(), "generator-pdf-" + Guid.NewGuid().ToString("N"));
        var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
        try
        {
            // Numbered copies: every report is called report.docx, and LibreOffice names the PDF after its input.
            var inputs = new List<string>();
            for (var i = 0; i < wordFiles.Count; i++)
            {
                var copy = Path.Combine(input, i.ToString("D4", CultureInfo.InvariantCulture) + ".docx");
                File.Copy(wordFiles[i], copy);
                inputs.Add(copy);
            }

            var fonts = Path.Combine(work, "fonts.conf");
            using (var resource = typeof(PdfConverter).Assembly.GetManifestResourceStream("Generator.Building.Pdf.fonts.conf")!)
            using (var file = File.Create(fonts))
            {
                resource.CopyTo(file);
            }

            var failure = Run(office, inputs, output, Path.Combine(work, "profile"), fonts, wordFiles.Count);
            var written = new List<string>();
            for (var i = 0; i < wordFiles.Count; i++)
            {
                var pdf = Path.Combine(output, i.ToString("D4", CultureInfo.InvariantCulture) + ".pdf");
                var folder = Path.GetDirectoryName(wordFiles[i])!;
                if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
                {
                    diagnostics.Error(DiagnosticCode.PdfFailed, new SourceSpan(DisplayPath.Of(wordFiles[i], displayBase), 0, 0),
                        $"LibreOffice 没有把这个 Word 文件转换为 PDF{(failure is null ? string.Empty : "：" + failure)}",
                        "请用 LibreOffice、Word 或 WPS 打开该 Word 文件看是否正常；Word 文件本身已生成。");
                    continue;
                }

                written.AddRange(OutputWriter.Write(folder, [(Path.ChangeExtension(Path.GetFileName(wordFiles[i]), ".pdf"), File.ReadAllBytes(pdf))]));
            }

            return written;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless; the outputs are already in place.
            }
        }
    }

    /// <summary>Runs one LibreOffice conversion; returns why it failed, or null.</summary>
    private static string? Run(string office, IReadOnlyList<string> inputs, string output, string profile, string fonts, int count)
    {
        var start = new ProcessStartInfo(office)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
                     "--convert-to", "pdf:writer_pdf_Export", "--outdir", output])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var file in inputs)
        {
            start.ArgumentList.Add(file);
        }

        start.Environment["FONTCONFIG_FILE"] = fonts;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var timeout = TimeSpan.FromSeconds(60 + (10 * count));
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return $"LibreOffice 超过 {timeout.TotalSeconds:0} 秒仍未完成，已停止";
        }

        var message = stderr.Result.Trim();
        return process.ExitCode == 0 ? null : $"LibreOffice 退出码 {process.ExitCode}{(message.Length > 0 ? "：" + message : string.Empty)}";
    }
}
