namespace Generator.Rendering.Word;

/// <summary>
/// Where a piece of markup lies in a <see cref="WordXmlWriter"/>'s output, to be written again by
/// copying it (<see cref="WordXmlWriter.Repeat"/>). Valid only for the writer that wrote it.
/// </summary>
internal readonly record struct XmlPiece(int Start, int Length);
