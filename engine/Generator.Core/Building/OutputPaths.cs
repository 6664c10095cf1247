using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>
/// Keeps every written file inside the output folder. Bureau ids and years are checked where they are
/// read (<see cref="DataFolder"/>: lower-case letters, digits and hyphens, no Windows device names, four
/// digits), so the only way left out of <c>out/</c> is a link planted in it: a bureau or year folder that
/// is a symbolic link (or junction) is refused rather than followed.
/// </summary>
internal static class OutputPaths
{
    public static bool Check(string outFolder, string reportFolder, string? displayBase, DiagnosticBag diagnostics)
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
