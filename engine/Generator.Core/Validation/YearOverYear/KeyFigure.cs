using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation.YearOverYear;

/// <summary>
/// One of a report's key figures: what the 一图读懂 shows, what the year-over-year sentences and the comparison
/// table compare, and what the “changes beyond reason” rule looks at. <paramref name="Id"/> is the same in both
/// formats only where the spec's rows correspond, so that pairing by id is the 2019→2021 mapping.
/// </summary>
/// <param name="Id">Stable name, e.g. <c>requests.received</c>; a later 汇总 adds bureaus up by it.</param>
/// <param name="Label">Short Chinese name for sentences, tables and the graphic (<c>本年新收申请</c>).</param>
/// <param name="Unit"><c>件</c>, <c>个</c> or <c>万元</c>.</param>
/// <param name="Read">The figure of a report in this key figure's format; null when blank.</param>
/// <param name="Where">Where the figure is written in the year file (its row, or the cell), for messages.</param>
public sealed record KeyFigure(string Id, string Label, string Unit, Func<Report, decimal?> Read, Func<Report, SourceSpan> Where);
