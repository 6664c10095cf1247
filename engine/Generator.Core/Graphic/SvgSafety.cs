using System.Globalization;
using System.Xml;

namespace Generator.Graphic;

/// <summary>
/// Checks the SVG a graphic template made before it is published or drawn. Templates are untrusted code
/// (docs/SECURITY.md): an SVG opened straight from a portal runs its scripts, and a renderer follows links to
/// files. So only well-formed SVG of an allow-list of drawing elements passes: no script, foreignObject, image,
/// animation or external link (an <c>href</c> or <c>url(…)</c> must point inside the file: <c>#id</c>), no
/// event attribute, no DTD, and a size a PNG can be made of. The problem found is named with its line in the output.
/// </summary>
public static class SvgSafety
{
    public const string Namespace = "http://www.w3.org/2000/svg";
    private const string XLink = "http://www.w3.org/1999/xlink";

    /// <summary>Largest width and height (px) accepted: a phone graphic is ~1080 wide; the PNG's pixels grow with the area.</summary>
    public const int MaxWidth = 4096;
    public const int MaxHeight = 8192;

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "title", "desc", "rect", "circle", "ellipse", "line", "polyline", "polygon", "path",
        "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath", "use", "symbol", "style",
    };

    /// <summary>Null when the SVG passes; otherwise the problem in Chinese with its 1-based line and column in <paramref name="svg"/>.</summary>
    public static (string Problem, int Line, int Column)? Check(string svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(svg), settings);
        var seen = false;
        var info = (IXmlLineInfo)reader;
        var open = new Stack<string>();
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (Element(reader, open.Count == 0 && !seen) is { } problem)
                        {
                            return (problem, info.LineNumber, info.LinePosition);
                        }

                        seen = true;
                        if (!reader.IsEmptyElement)
                        {
                            open.Push(reader.LocalName);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        return ($"不允许处理指令 <?{reader.Name} …?>", info.LineNumber, info.LinePosition);
                    case XmlNodeType.Text or XmlNodeType.CDATA when open.TryPeek(out var parent) && parent == "style" && UnsafeCss(reader.Value) is { } css:
                        return ($"<style> 中不允许 {css}", info.LineNumber, info.LinePosition);
                }
            }
        }
        catch (XmlException e)
        {
            // XmlException's own words are English; what a template author needs is where, and the usual causes.
            // Some (no root element: an empty or whitespace-only output) carry no position; the reader stopped at the end.
            return e.LineNumber >= 1
                ? ("不是格式正确的 XML：标签没有配对、属性没有加引号，或文字中有未转义的 & 或 <", e.LineNumber, Math.Max(1, e.LinePosition))
                : ("不是格式正确的 XML：没有 <svg> 元素（模板没有输出内容？）", svg.Count(c => c == '\n') + 1, 1);
        }

        return seen ? null : ("没有内容", 1, 1);
    }

    private static string? Element(XmlReader reader, bool root)
    {
        var name = reader.LocalName;
        if (reader.NamespaceURI != Namespace || !Elements.Contains(name))
        {
            return $"不允许元素 <{reader.Name}>（只允许图形和文字元素：{string.Join("、", Elements.Order(StringComparer.Ordinal))}）";
        }

        if (root && name != "svg")
        {
            return $"最外层应是 <svg>，这里是 <{reader.Name}>";
        }

        if (root && Size(reader) is { } size)
        {
            return size;
        }

        while (reader.MoveToNextAttribute())
        {
            var attribute = reader.LocalName;
            var value = reader.Value;
            if (reader.Prefix == "xmlns" || reader.Name == "xmlns")
            {
                continue;
            }

            if (attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"不允许事件属性 {reader.Name}";
            }

            if (attribute == "href" && (reader.NamespaceURI is "" or XLink) && !value.TrimStart().StartsWith('#'))
            {
                return $"{reader.Name}=\"{value}\" 指向文件以外（只允许 #标识）";
            }

            if (UnsafeCss(value) is { } css)
            {
                return $"属性 {reader.Name} 中不允许 {css}";
            }
        }

        reader.MoveToElement();
        return null;
    }

    /// <summary>The root's width and height must be given in px and within the limits.</summary>
    private static string? Size(XmlReader reader)
    {
        static double? Number(string? text) =>
            double.TryParse(text?.Trim().TrimEnd('x').TrimEnd('p'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

        var width = Number(reader.GetAttribute("width"));
        var height = Number(reader.GetAttribute("height"));
        return width is not { } w || height is not { } h || w < 1 || h < 1 || w > MaxWidth || h > MaxHeight
            ? $"<svg> 的 width 和 height 应是像素数（宽 1 至 {MaxWidth}，高 1 至 {MaxHeight}），这里是 width=\"{reader.GetAttribute("width")}\" height=\"{reader.GetAttribute("height")}\""
            : null;
    }

    /// <summary>CSS that loads something from outside the file: <c>@import</c>, or <c>url(…)</c> not starting with <c>#</c>.</summary>
    private static string? UnsafeCss(string value)
    {
        if (value.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return "@import";
        }

        for (var at = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = value.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            var target = value[(at + 4)..].TrimStart().TrimStart('\'', '"');
            if (!target.StartsWith('#'))
            {
                return "url(…) 指向文件以外（只允许 url(#标识)）";
            }
        }

        return null;
    }
}
