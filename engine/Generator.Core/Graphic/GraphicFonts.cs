using System.Globalization;
using SkiaSharp;

namespace Generator.Graphic;

/// <summary>
/// The CJK font the PNG is drawn with, chosen explicitly by file so that the same input and fonts give the same
/// bytes on any machine: Noto Sans CJK SC from Debian's fonts-noto-cjk on Linux, Microsoft YaHei on Windows,
/// Hiragino Sans GB on macOS, or the file given with <c>build --font</c>. The SVG itself names a list of
/// families and is drawn by the reader's browser with whatever CJK font it has.
/// </summary>
public sealed class GraphicFonts
{
    /// <summary>Regular and bold faces (path, family to pick inside a .ttc collection), first found wins.</summary>
    private static readonly (string Regular, string Bold, string Family)[] Candidates =
    [
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
        ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
        ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
        (@"C:\Windows\Fonts\msyh.ttc", @"C:\Windows\Fonts\msyhbd.ttc", "Microsoft YaHei"),
        ("/System/Library/Fonts/Hiragino Sans GB.ttc", "/System/Library/Fonts/Hiragino Sans GB.ttc", "Hiragino Sans GB"),
    ];

    private static readonly Lazy<GraphicFonts?> SystemFonts = new(() => Candidates
        .Where(c => File.Exists(c.Regular))
        .Select(c => new GraphicFonts(c.Regular, File.Exists(c.Bold) ? c.Bold : c.Regular, c.Family))
        .FirstOrDefault());

    /// <summary>The two faces, opened on first use (see <see cref="Readable"/>); null when the files hold none.</summary>
    private readonly Lazy<(SKTypeface Regular, SKTypeface Bold)?> _faces;

    private GraphicFonts(string regularPath, string boldPath, string family)
    {
        _faces = new(() => Load(regularPath, boldPath, family));
        Identity = $"{Describe(regularPath)}|{Describe(boldPath)}";
    }

    /// <summary>
    /// Whether the files hold the faces, opening them on first use (any thread; the others wait). Opening the first
    /// font of a process makes Skia list every font file under /usr/share/fonts, so a build starts this early on a
    /// thread of its own (ReportBuilder) and the PNG waits for it here.
    /// </summary>
    public bool Readable => _faces.Value is not null;

    /// <summary>Whether the faces were opened and none was found (without waiting for an opening still under way elsewhere).</summary>
    public bool FoundUnreadable => _faces.IsValueCreated && _faces.Value is null;

    public SKTypeface Regular => Faces.Regular;

    public SKTypeface Bold => Faces.Bold;

    private (SKTypeface Regular, SKTypeface Bold) Faces =>
        _faces.Value ?? throw new InvalidOperationException("the font files hold no readable face (check Readable first)");

    /// <summary>Which files, of which size and time: part of every report's inputs, so a new font redraws the PNGs.</summary>
    public string Identity { get; }

    /// <summary>What to do when no font is found (build's warning and serve's answer say the same).</summary>
    public const string InstallHint = "Linux 上请安装 Noto CJK 字体（Debian/Ubuntu：apt-get install fonts-noto-cjk）";

    /// <summary>The font of this machine (see the class summary); null when none of the known files is there. Its faces open on first use.</summary>
    public static GraphicFonts? System => SystemFonts.Value;

    /// <summary>The font in <paramref name="path"/> (a .ttf, .otf or .ttc: the first face, or the Simplified Chinese one); null when there is no such file.</summary>
    public static GraphicFonts? FromFile(string path) => File.Exists(path) ? new GraphicFonts(path, path, "Noto Sans CJK SC") : null;

    private static (SKTypeface, SKTypeface)? Load(string regularPath, string boldPath, string family)
    {
        var regular = Face(regularPath, family);
        var bold = boldPath == regularPath ? regular : Face(boldPath, family) ?? regular;
        return regular is null || bold is null ? null : (regular, bold);
    }

    /// <summary>
    /// The face of a collection whose family is <paramref name="family"/>, else its first face. Noto Sans CJK's collections
    /// hold it third (after JP and KR), so that face is tried first: each face opened costs about a millisecond.
    /// </summary>
    private static SKTypeface? Face(string path, string family)
    {
        if (SKTypeface.FromFile(path, LikelyIndex) is { } likely)
        {
            if (likely.FamilyName == family)
            {
                return likely;
            }

            likely.Dispose();
        }

        SKTypeface? first = null;
        for (var index = 0; index < 32; index++)
        {
            var face = SKTypeface.FromFile(path, index);
            if (face is null)
            {
                break;
            }

            if (face.FamilyName == family)
            {
                first?.Dispose();
                return face;
            }

            if (first is null)
            {
                first = face;
            }
            else
            {
                face.Dispose();
            }
        }

        return first;
    }

    /// <summary>Where Noto Sans CJK's .ttc files put Simplified Chinese (JP, KR, SC, TC, HK).</summary>
    private const int LikelyIndex = 2;

    private static string Describe(string path)
    {
        var info = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"{Path.GetFullPath(path)}:{info.Length}:{info.LastWriteTimeUtc.Ticks}");
    }
}
