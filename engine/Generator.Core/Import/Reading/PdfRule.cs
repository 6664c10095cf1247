using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Generator.Import.Reading;

/// <summary>A horizontal or vertical line drawn on a page (a table border): stroked lines, and thin filled rectangles that some writers draw instead.</summary>
internal sealed record PdfRule(bool Horizontal, double At, double From, double To)
{
    private const double Thin = 2.5;
    private const double Shortest = 3;

    public static List<PdfRule> Of(Page page)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box && (box.Width < Thin || box.Height < Thin))
                {
                    // A thin filled rectangle is a line.
                    Add(rules, box.Height < Thin, box.Height < Thin ? (box.Bottom + box.Top) / 2 : (box.Left + box.Right) / 2,
                        box.Height < Thin ? box.Left : box.Bottom, box.Height < Thin ? box.Right : box.Top);
                    continue;
                }

                if (!path.IsStroked && !path.IsFilled)
                {
                    continue;
                }

                PdfPoint? start = null, last = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = last = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            Segment(rules, line.From, line.To);
                            last = line.To;
                            break;
                        case PdfSubpath.Close when start is { } s && last is { } l:
                            Segment(rules, l, s);
                            last = s;
                            break;
                    }
                }
            }
        }

        return rules;
    }

    private static void Segment(List<PdfRule> rules, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.Y - b.Y) < 0.5)
        {
            Add(rules, true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X));
        }
        else if (Math.Abs(a.X - b.X) < 0.5)
        {
            Add(rules, false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
        }
    }

    /// <summary>More lines than any table of a report has: a drawing, not a table; the rest are not read.</summary>
    private const int MaxRules = 5000;

    private static void Add(List<PdfRule> rules, bool horizontal, double at, double from, double to)
    {
        if (to - from >= Shortest && rules.Count < MaxRules)
        {
            rules.Add(new PdfRule(horizontal, at, from, to));
        }
    }
}
