namespace Generator.Rendering.Word;

/// <summary>
/// The list item being rendered: its nesting depth and the marker ("1." or "•") that the item's first
/// paragraph prints. Markers are plain text, as a clerk types them in an official document, rather
/// than Word numbering, so every word processor shows the same numbers.
/// </summary>
internal sealed class ListContext(int depth)
{
    public int Depth { get; } = depth;

    /// <summary>The marker of the current item until its first paragraph takes it.</summary>
    public string? PendingMarker { get; set; }

    public string? TakeMarker()
    {
        var marker = PendingMarker;
        PendingMarker = null;
        return marker;
    }
}
