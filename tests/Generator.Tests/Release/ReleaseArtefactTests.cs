using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Tests.Release;

/// <summary>
/// The release artefacts of <c>build/release</c> (folder named by <c>GENERATOR_RELEASE_DIR</c>; <c>.ci/run</c>
/// makes them and sets it) run as staff run them: in an empty folder, <c>--version</c>, <c>init</c>, the year's
/// file filled in from the sample the program carries, <c>validate</c>, <c>build</c>, and a build of all the samples
/// — every report byte for byte what the repository builds. linux-x64 runs directly, linux-arm64 under
/// qemu-user-static, win-x64 under Wine, the dotnet tool installed into a temporary tool path.
/// </summary>
public sealed class ReleaseArtefactTests
{
    private static readonly string? Dist = Environment.GetEnvironmentVariable("GENERATOR_RELEASE_DIR") is { Length: > 0 } d ? d : null;

    private const string Missing = "GENERATOR_RELEASE_DIR is not set: run build/release and point the variable at its folder (bash .ci/run does both).";

    public static TheoryData<string> Artefacts() => ["linux-x64", "linux-arm64", "win-x64", "tool"];

    [SkippableTheory]
    [MemberData(nameof(Artefacts))]
    public void From_an_empty_folder_init_fill_validate_build_gives_the_repositorys_reports(string artefact)
    {
        Skip.If(Dist is null, Missing);
        var runner = Runner.For(artefact, Dist!);
        Skip.If(runner is null, $"no way to run {artefact} here (qemu-user-static or wine64 missing)");
        var empty = TestPaths.NewTempFolder();

        var version = runner!.Run(empty, "--version");
        Assert.True(version.Code == 0, version.ToString());
        Assert.StartsWith("generator 1.0.0", version.Stdout, StringComparison.Ordinal);

        var init = runner.Run(empty, "init", "ws", "--bureau", "demo", "--year", "2022");
        Assert.True(init.Code == 0, init.ToString());
        var work = Path.Combine(empty, "ws");
        Assert.True(File.Exists(Path.Combine(work, "使用说明.txt")));
        Assert.True(File.Exists(Path.Combine(work, "schema", "report-2021.schema.json")));
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(work, "示例数据", "demo")))
        {
            File.Copy(sample, Path.Combine(work, "data", "demo", Path.GetFileName(sample)), overwrite: true);
        }

        var validate = runner.Run(work, "validate", "--bureau", "demo");
        Assert.True(validate.Code == 0, validate.ToString());
        Assert.Contains("共检查 2 份报告数据，0 份有错误", validate.Stdout, StringComparison.Ordinal);

        var build = runner.Run(work, "build");
        Assert.True(build.Code == 0, build.ToString());
        // Every artefact draws graphic.png (under Wine the Linux font path resolves through its Z: drive); Skia's
        // arm64 and Windows builds antialias a little differently, so there the PNG is compared pixel by pixel.
        const bool drawsPng = true;
        var samePlatform = artefact is "linux-x64" or "tool";
        AssertSameReports(Reference.Value, Path.Combine(work, "out"), onlyBureau: "demo", drawsPng, samePlatform);

        // Every sample, from the copy init wrote out.
        var all = runner.Run(work, "build", "--data", "示例数据", "--out", "samples-out");
        Assert.True(all.Code == 0, all.ToString());
        AssertSameReports(Reference.Value, Path.Combine(work, "samples-out"), onlyBureau: null, drawsPng, samePlatform);
    }

    /// <summary>
    /// The live preview runs from the shipped program too (issue 18): <c>serve</c> on a free port in a folder made by
    /// <c>init</c> prints its address, and the report it serves is the one the repository builds.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Artefacts))]
    public async Task The_preview_runs_from_the_shipped_program(string artefact)
    {
        Skip.If(Dist is null, Missing);
        var runner = Runner.For(artefact, Dist!);
        Skip.If(runner is null, $"no way to run {artefact} here (qemu-user-static or wine64 missing)");
        var empty = TestPaths.NewTempFolder();
        var init = runner!.Run(empty, "init", "ws", "--bureau", "demo", "--year", "2022");
        Assert.True(init.Code == 0, init.ToString());
        var work = Path.Combine(empty, "ws");
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(work, "示例数据", "demo")))
        {
            File.Copy(sample, Path.Combine(work, "data", "demo", Path.GetFileName(sample)), overwrite: true);
        }

        using var process = runner.Start(work, "serve", "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var address = await AddressPrinted(process, TimeSpan.FromMinutes(3));
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
            var index = await http.GetStringAsync(new Uri(address, "/"));
            Assert.Contains("demo", index, StringComparison.Ordinal);
            var report = await http.GetByteArrayAsync(new Uri(address, "/report/demo/2022/report.html"));
            Assert.Equal(File.ReadAllBytes(Path.Combine(Reference.Value, "demo", "2022", "report.html")), report);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The address from serve's line “预览已启动：http://127.0.0.1:N/”.</summary>
    private static async Task<Uri> AddressPrinted(Process process, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var seen = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.StartsWith("预览已启动：", StringComparison.Ordinal))
            {
                return new Uri(line["预览已启动：".Length..].Trim());
            }
        }

        throw new Xunit.Sdk.XunitException($"serve ended without printing its address:\n{seen}\n{await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>
    /// A staff member who copies only the executable out of the zip (into /usr/local/bin, say) gets every report
    /// and a warning naming the missing library (GEN0256), not an internal error: only graphic.png is left out.
    /// </summary>
    [SkippableFact]
    public void The_linux_executable_copied_without_its_libraries_builds_every_report_but_the_png()
    {
        Skip.If(Dist is null, Missing);
        var alone = TestPaths.NewTempFolder();
        var program = Path.Combine(alone, "generator");
        File.Copy(Path.Combine(Unpacked("generator-linux-x64.zip"), "generator"), program);
        MakeExecutable(program);
        var runner = new Runner(program, [], new Dictionary<string, string> { ["CI"] = "true" });

        var result = runner.Run(alone, "build", "--data", Path.Combine(TestPaths.RepoRoot, "data"), "--templates", TestPaths.Templates, "--out", "out");
        Assert.True(result.Code == 0, result.ToString());
        Assert.Contains("warning GEN0256: 绘图组件 libSkiaSharp.so 无法加载（", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("请把下载的压缩包完整解压，让 libSkiaSharp.so 和 libHarfBuzzSharp.so 与 generator 程序放在同一文件夹", result.Stdout + result.Stderr, StringComparison.Ordinal);
        AssertSameReports(Reference.Value, Path.Combine(alone, "out"), onlyBureau: null, drawsPng: false);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(alone, "out"), "graphic.png", SearchOption.AllDirectories));
    }

    /// <summary>The headers of the executables: what a Windows or ARM machine checks before it runs a file.</summary>
    [SkippableFact]
    public void Executables_are_for_their_machines_and_every_archive_holds_its_program_and_the_guide()
    {
        Skip.If(Dist is null, Missing);
        var exe = File.ReadAllBytes(Path.Combine(Dist!, "generator-win-x64.exe"));
        Assert.Equal((byte)'M', exe[0]);
        Assert.Equal((byte)'Z', exe[1]);
        var pe = BitConverter.ToInt32(exe, 0x3C);
        Assert.Equal("PE\0\0"u8.ToArray(), exe[pe..(pe + 4)]);
        Assert.Equal(0x8664, BitConverter.ToUInt16(exe, pe + 4));                      // IMAGE_FILE_MACHINE_AMD64
        Assert.Equal(0x20B, BitConverter.ToUInt16(exe, pe + 24));                       // PE32+
        Assert.Equal(3, BitConverter.ToUInt16(exe, pe + 24 + 68));                      // IMAGE_SUBSYSTEM_WINDOWS_CUI: a console program

        foreach (var (zip, machine) in new[] { ("generator-linux-x64.zip", 0x3E), ("generator-linux-arm64.zip", 0xB7) })
        {
            foreach (var file in new[] { "generator", "libSkiaSharp.so", "libHarfBuzzSharp.so" })
            {
                var elf = File.ReadAllBytes(Path.Combine(Unpacked(zip), file))[..20];
                Assert.Equal("\u007fELF"u8.ToArray(), elf[..4]);
                Assert.Equal(2, elf[4]);                                               // 64-bit
                Assert.Equal(machine, BitConverter.ToUInt16(elf, 18));                  // x86-64 / AArch64
            }
        }

        // The Windows executable is one file: Skia's and HarfBuzz's DLLs travel inside it.
        Assert.Equal(exe, File.ReadAllBytes(Path.Combine(Unpacked("generator-win-x64.zip"), "generator.exe")));

        var guide = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "docs", "使用说明.txt"));
        string[] linux = ["generator", "libHarfBuzzSharp.so", "libSkiaSharp.so", "使用说明.txt"];
        foreach (var (zip, files) in new[] { ("generator-linux-x64.zip", linux), ("generator-linux-arm64.zip", linux), ("generator-win-x64.zip", ["generator.exe", "使用说明.txt"]), ("generator-dotnet-tool.zip", ["Generator.1.0.0.nupkg", "使用说明.txt"]) })
        {
            using var archive = ZipFile.OpenRead(Path.Combine(Dist!, zip));
            Assert.Equal(files, archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var stream = archive.GetEntry("使用说明.txt")!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal([0xEF, 0xBB, 0xBF, .. guide], copy.ToArray());
            if (files[0] == "generator")
            {
                Assert.True((archive.GetEntry("generator")!.ExternalAttributes >> 16 & 0b001_001_001) != 0, $"{zip}: generator is not executable once unzipped");
            }
        }

        var sums = File.ReadAllLines(Path.Combine(Dist!, "SHA256SUMS.txt"));
        Assert.True(sums.Length >= 6, string.Join("\n", sums));
        foreach (var line in sums)
        {
            var (hash, file) = (line[..64], line[66..]);
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Dist!, file)))));
        }
    }

    /// <summary>Every sample built in this process from the repository's data and templates.</summary>
    private static readonly Lazy<string> Reference = new(() =>
    {
        var folder = TestPaths.NewTempFolder();
        Assert.True(new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(TestPaths.Data, TestPaths.Templates, folder)).Succeeded);
        return folder;
    });

    /// <summary>
    /// The reports and graphic.svg byte for byte as the repository builds them; graphic.png too when the artefact
    /// draws one: byte for byte from the same Skia build (<paramref name="samePlatform"/>), else the same picture.
    /// </summary>
    private static void AssertSameReports(string expected, string actual, string? onlyBureau, bool drawsPng, bool samePlatform = true)
    {
        static List<string> Outputs(string folder, bool withPng) => [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => Path.GetFileName(f) is "report.html" or "report.md" or "report.docx" or "graphic.svg" || (withPng && Path.GetFileName(f) == "graphic.png"))
            .Order(StringComparer.Ordinal)];

        var files = Outputs(expected, drawsPng).Where(f => onlyBureau is null || f.StartsWith(onlyBureau + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.Contains(files, f => f.EndsWith("graphic.svg", StringComparison.Ordinal));
        Assert.Equal(files, Outputs(actual, withPng: true));
        foreach (var file in files)
        {
            var (want, got) = (File.ReadAllBytes(Path.Combine(expected, file)), File.ReadAllBytes(Path.Combine(actual, file)));
            if (!samePlatform && file.EndsWith(".png", StringComparison.Ordinal))
            {
                AssertSamePicture(want, got, file);
            }
            else
            {
                Assert.True(want.AsSpan().SequenceEqual(got), $"{file} differs from the repository's build");
            }
        }
    }

    /// <summary>Same size, and at most 1 % of the pixels off by more than a shade of antialiasing.</summary>
    private static void AssertSamePicture(byte[] expected, byte[] actual, string file)
    {
        using var want = SkiaSharp.SKBitmap.Decode(expected);
        using var got = SkiaSharp.SKBitmap.Decode(actual);
        Assert.True(got is not null, $"{file} is not a PNG");
        Assert.Equal((want.Width, want.Height), (got.Width, got.Height));
        var differing = 0;
        for (var y = 0; y < want.Height; y++)
        {
            for (var x = 0; x < want.Width; x++)
            {
                var (a, b) = (want.GetPixel(x, y), got.GetPixel(x, y));
                if (Math.Abs(a.Red - b.Red) > 48 || Math.Abs(a.Green - b.Green) > 48 || Math.Abs(a.Blue - b.Blue) > 48)
                {
                    differing++;
                }
            }
        }

        var share = (double)differing / (want.Width * want.Height);
        Assert.True(share <= 0.01, $"{file}: {share:P2} of the pixels differ from the repository's build");
    }

    /// <summary>A release zip unpacked once per test run, as a staff member unpacks it: the programs run from there.</summary>
    private static string Unpacked(string zip) => UnpackedZips.GetOrAdd(zip, name =>
    {
        var folder = TestPaths.NewTempFolder();
        ZipFile.ExtractToDirectory(Path.Combine(Dist!, name), folder);
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) == "generator"))
        {
            // What `unzip` does with the mode bits the zip carries (checked in the test above).
            MakeExecutable(file);
        }

        return folder;
    });

    private static void MakeExecutable(string file)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, File.GetUnixFileMode(file) | UnixFileMode.UserExecute);
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> UnpackedZips = new(StringComparer.Ordinal);

    /// <summary>How to start one artefact on this machine.</summary>
    private sealed class Runner(string program, string[] before, Dictionary<string, string> environment)
    {
        public static Runner? For(string artefact, string dist)
        {
            var env = new Dictionary<string, string> { ["CI"] = "true" };
            switch (artefact)
            {
                case "linux-x64":
                    return new Runner(Path.Combine(Unpacked("generator-linux-x64.zip"), "generator"), [], env);
                case "linux-arm64":
                    var qemu = Which("qemu-aarch64-static");
                    // The .NET runtime loads OpenSSL (every 统信 UOS and 麒麟 has it); Debian's arm64 C library for
                    // cross-compiling has none, so .ci/run unpacks Debian's libssl3:arm64 and names its folder.
                    var libraries = Environment.GetEnvironmentVariable("GENERATOR_ARM64_LIBS") is { Length: > 0 } l ? l : null;
                    return qemu is null ? null : new Runner(qemu,
                        ["-L", "/usr/aarch64-linux-gnu", .. libraries is null ? Array.Empty<string>() : ["-E", "LD_LIBRARY_PATH=" + libraries], Path.Combine(Unpacked("generator-linux-arm64.zip"), "generator")], env);
                case "win-x64":
                    var wine = Which("wine64") ?? (File.Exists("/usr/lib/wine/wine64") ? "/usr/lib/wine/wine64" : null);
                    if (wine is null)
                    {
                        return null;
                    }

                    env["WINEPREFIX"] = Path.Combine(Path.GetTempPath(), "generator-tests-wine");
                    env["WINEDEBUG"] = "-all";
                    return new Runner(wine, [Path.Combine(dist, "generator-win-x64.exe")], env);
                default:
                    return new Runner(InstallTool(dist), [], env);
            }
        }

        public Result Run(string workingDirectory, params string[] args)
        {
            using var process = Start(workingDirectory, args);
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{program} {string.Join(' ', args)} did not finish in 5 minutes");
            return new Result(process.ExitCode, stdout, stderr.Result);
        }

        /// <summary>The program started with its output redirected (UTF-8), for a command that keeps running.</summary>
        public Process Start(string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
                StandardErrorEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var arg in before.Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            start.Environment.Remove("GENERATOR_COMMAND");
            return Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        }

        /// <summary>dotnet tool install from the release folder only (a nuget.config that clears every other source).</summary>
        private static string InstallTool(string dist)
        {
            var root = TestPaths.NewTempFolder();
            var config = Path.Combine(root, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="release" value="{dist}" />
                  </packageSources>
                </configuration>
                """);
            var tools = Path.Combine(root, "tools");
            var start = new ProcessStartInfo("dotnet", ["tool", "install", "Generator", "--version", "1.0.0", "--tool-path", tools, "--configfile", config])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = root,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "dotnet tool install failed:\n" + output);
            return Path.Combine(tools, "generator");
        }

        private static string? Which(string name) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists);
    }

    private sealed record Result(int Code, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit code {Code}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";
    }
}
