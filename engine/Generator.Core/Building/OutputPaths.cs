using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>
/// Keeps every written file inside the output folder. Bureau ids and years are checked where they are
/// read (<see cref="DataFolder"/>: lower-case letters, digits and hyphens, no Windows device names, four
/// digits), so the only way left out of <c>out/</c> is a link planted in it: a bureau or year folder that
/// is a symbolic link (or junction) is refused rather than followed.
/// </summary>
public static class OutputPaths
{
    /// <summary>
    /// Why an output folder cannot be used, or null: inside the data or templates folder (every build would
    /// then find changed inputs and rebuild everything, and the outputs would be read as input), or a root
    /// or home folder, which a build would fill with report folders among the user's own files.
    /// </summary>
    public static string? Refuse(string outFolder, string dataFolder, string templatesFolder)
    {
        var target = Real(outFolder);
        foreach (var (folder, name) in new[] { (dataFolder, "数据文件夹"), (templatesFolder, "模板文件夹") })
        {
            var real = Real(folder);
            if (target.Equals(real, PathComparison) || target.StartsWith(real + Path.DirectorySeparatorChar, PathComparison))
            {
                return $"输出文件夹 {outFolder} 在{name} {folder} 之中：每次生成都会把上次的输出当作输入，请把输出写到别处（如默认的 out）。";
            }
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Path.GetPathRoot(target) is { } root && target.Equals(Path.TrimEndingDirectorySeparator(root), PathComparison)
            || target.Length == 0 || home.Length > 0 && target.Equals(Real(home), PathComparison))
        {
            return $"输出文件夹 {outFolder} 是磁盘的根文件夹或用户的主文件夹，生成的报告会和其他文件混在一起，请指定一个专用的文件夹（如默认的 out）。";
        }

        return null;
    }

    private static StringComparison PathComparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The absolute path with every link along it followed, without a trailing separator.</summary>
    private static string Real(string path) => Path.TrimEndingDirectorySeparator(Files.FolderLinks.RealPath(path));

    internal static bool Check(string outFolder, string reportFolder, string? displayBase, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(outFolder);
        var folder = Path.GetFullPath(reportFolder);
        for (var current = folder; current.Length > root.Length; current = Path.GetDirectoryName(current)!)
        {
            // A link (or junction) carries ReparsePoint from the one status call Exists makes; its target is
            // read only for the message.
            var info = new DirectoryInfo(current);
            if (info.Exists && info.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                var display = DisplayPath.Of(current, displayBase);
                diagnostics.Error(DiagnosticCode.OutputIsLink, new SourceSpan(display, 0, 0),
                    $"输出文件夹 {display} 是一个链接（指向 {info.LinkTarget}），为防止报告写到输出文件夹以外，本报告没有生成",
                    "请删除这个链接，生成时会建立普通文件夹。");
                return false;
            }
        }

        return true;
    }
}
