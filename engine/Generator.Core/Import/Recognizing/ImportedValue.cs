using Generator.Diagnostics;

namespace Generator.Import.Recognizing;

/// <summary>
/// One figure of the published tables as imported: its YAML text (<c>10</c>, <c>~</c>, <c>972.4015万元</c>) and,
/// when it could not be read, why (<see cref="Doubt"/>, written as a <c># 未能读出：…</c> comment with <c>~</c>).
/// </summary>
/// <param name="Printed">What the cell said, as printed (for the comment of an unread cell).</param>
/// <param name="Place">Where it is in words: <c>表2 第6行“（一）予以公开”/自然人</c>.</param>
/// <param name="Span">Where it is in the input, when the input has lines (web pages, Markdown).</param>
/// <param name="RowMissing">The whole row (or table) was not found: told once for the row, not for each cell.</param>
internal sealed record ImportedValue(string Yaml, string? Doubt, string Printed, string Place, SourceSpan Span, bool RowMissing = false)
{
    public bool IsRead => Doubt is null;

    public bool IsBlank => Yaml == "~" && Doubt is null;

    public static ImportedValue Missing(string place, SourceSpan span, string why) => new("~", why, string.Empty, place, span, RowMissing: true);
}
