using Generator.Import.Source;
using static Generator.Import.Reading.PdfReader;

namespace Generator.Import.Reading;

internal static partial class PdfLayout
{
    /// <summary>The body text's measures: letter size, font, left and right edge; what differs from them is a title, a heading or emphasis.</summary>
    private sealed class Body
    {
        private readonly double _size;
        private readonly string _font;
        private readonly double _left;
        private readonly double _right;
        private readonly double _middle;

        public Body(List<PdfText.Line> lines, List<PdfPageText> pages)
        {
            var letters = lines.SelectMany(l => l.Letters).ToList();
            _size = letters.GroupBy(l => Math.Round(l.Size)).MaxBy(g => g.Count())!.Key;
            var bodyLines = lines.Where(l => Math.Abs(l.Size - _size) < 1).ToList();
            _font = bodyLines.SelectMany(l => l.Letters).GroupBy(l => PdfText.FontFamily(l.Font)).MaxBy(g => g.Count())!.Key;
            _left = bodyLines.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;
            _right = bodyLines.Max(l => l.Right);
            _middle = pages.Average(p => p.Width) / 2;
        }

        public SourceTextKind? Last { get; set; }

        public bool IsEmphasis(PdfLetter letter) => PdfText.FontFamily(letter.Font) != _font && letter.Text[0] > '\u2E80';

        /// <summary>A paragraph of one short line set wholly in another font than the body: a heading.</summary>
        public bool IsHeading(List<PdfText.Line> lines) =>
            lines.Count == 1 && lines[0].Right < _right - _size && lines[0].Letters.All(l => PdfText.FontFamily(l.Font) != _font || !char.IsLetter(l.Text[0]) || l.Text[0] < '\u2E80');

        private bool IsTitle(PdfText.Line line) => line.Size > _size * 1.2;

        public bool StartsParagraph(PdfText.Line previous, PdfText.Line line)
        {
            if (IsTitle(previous) != IsTitle(line))
            {
                return true;
            }

            if (IsTitle(line))
            {
                return false;
            }

            var sameFont = PdfText.FontFamily(previous.Letters[0].Font) == PdfText.FontFamily(line.Letters[0].Font);
            return line.Left > _left + (_size * 0.8)
                || previous.Right < _right - (_size * 1.5)
                || (previous.Page == line.Page && previous.Baseline - line.Baseline > _size * 2.6)
                || (!sameFont && (HeadingFont(previous) || HeadingFont(line)));
        }

        private bool HeadingFont(PdfText.Line line) => line.Letters.All(l => PdfText.FontFamily(l.Font) != _font || l.Text[0] < '\u2E80');

        public SourceTextKind KindOf(bool first, string plain, out int level)
        {
            level = 0;
            if (_lastLines is { } lines)
            {
                if (IsTitle(lines[0]))
                {
                    level = 1;
                    return SourceTextKind.Heading;
                }

                if (lines[0].Left > _middle && lines.All(l => l.Right > _right - (_size * 6)))
                {
                    return SourceTextKind.RightAligned;
                }

                if (IsHeading(lines))
                {
                    level = SectionLike(plain) ? 2 : 3;
                    return SourceTextKind.Heading;
                }
            }

            return SourceTextKind.Paragraph;
        }

        private List<PdfText.Line>? _lastLines;

        /// <summary>The lines of the paragraph being finished, for <see cref="KindOf"/>.</summary>
        public void Remember(List<PdfText.Line> lines) => _lastLines = [.. lines];

        private static bool SectionLike(string plain) => plain.Length > 2 && "一二三四五六七八九十".Contains(plain[0], StringComparison.Ordinal) && plain[1] == '、';
    }
}
