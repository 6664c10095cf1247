using System.Text;

namespace Generator.Templating;

/// <summary>
/// Reads template files as untrusted input: only regular files (<see cref="Files.InputFile"/>) that really
/// lie inside the templates folder (<see cref="Files.FolderLinks"/>: a symbolic link, or a linked folder,
/// pointing elsewhere is refused, so a template set cannot pull <c>/etc/passwd</c> or a data file into a
/// published report), at most <see cref="MaxBytes"/>, and strictly UTF-8.
/// </summary>
internal static class TemplateFiles
{
    /// <summary>The real templates are a few KB; a larger file is a mistake (a pasted export, a binary).</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of a template file, or null with the reason (Chinese) when it cannot be used.</summary>
    public static string? Read(string path, out string? problem)
    {
        problem = null;
        if (Files.InputFile.Read(path, MaxBytes, out var why) is not { } bytes)
        {
            problem = why == Files.InputProblem.TooLarge
                ? $"模板文件过大，模板文件不应超过 {MaxBytes / 1024 / 1024} MB"
                : "模板文件" + Files.InputFile.Describe(why, MaxBytes);
            return null;
        }

        try
        {
            var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            return Utf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            problem = "模板文件不是 UTF-8 编码（可能是 GBK/GB2312）";
            return null;
        }
    }
}
