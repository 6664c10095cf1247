using System.Text;
using Generator.Files;

namespace Generator.Serve;

/// <summary>
/// The lines around a diagnostic's line, read from its file on disk: only a YAML or template file inside the
/// data or templates folder (links followed and checked), so that no request reaches any other file.
/// </summary>
internal sealed class SourceView(PreviewOptions options, string displayBase)
{
    private const int MaxBytes = 1 << 20;
    private const int Around = 6;

    /// <summary>The HTML fragment, or null when the file is not one the preview may show.</summary>
    public string? Render(string? file, int line)
    {
        if (string.IsNullOrEmpty(file) || file.Contains('\0', StringComparison.Ordinal) || line < 1)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(displayBase, file));
        var allowed = Inside(full, options.DataFolder) || options.TemplatesFolder is { } templates && Inside(full, templates);
        var extension = Path.GetExtension(full).ToUpperInvariant();
        if (!allowed || extension is not (".YAML" or ".YML" or ".SCRIBAN") || !File.Exists(full) || new FileInfo(full).Length > MaxBytes)
        {
            return null;
        }

        var lines = File.ReadAllText(full, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = Math.Max(1, line - Around);
        var last = Math.Min(lines.Length, line + Around);
        var sb = new StringBuilder("<div class=\"source-view\"><p>").Append(Html.Text(file)).Append("</p><pre>");
        for (var i = first; i <= last; i++)
        {
            sb.Append(i == line ? "<mark>" : "<span>").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)).Append("  ")
              .Append(Html.Text(lines[i - 1])).Append(i == line ? "</mark>" : "</span>").Append('\n');
        }

        return sb.Append("</pre></div>").ToString();
    }

    private static bool Inside(string path, string root) => Directory.Exists(root) && FolderLinks.IsInside(path, Path.GetFullPath(root));
}
