using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Generator.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary>
/// Renders the document model into the body of a WordprocessingML document. Blocks are appended to
/// the innermost open container (the body, later a table cell); inlines to the open paragraph or
/// hyperlink, with the run formatting in effect. All looks come from the styles in
/// <see cref="WordStyles"/>; runs carry only bold/italic and a character style, never fonts or sizes.
/// </summary>
public sealed class WordRenderer : DocumentRenderer<WordRenderer>
{
    private readonly Stack<OpenXmlCompositeElement> _containers = new();
    private readonly Stack<OpenXmlCompositeElement> _inlineTargets = new();
    private readonly MainDocumentPart _part;
    private int _links;

    public WordRenderer(MainDocumentPart part, W.Body body)
    {
        _part = part;
        _containers.Push(body);
    }

    /// <summary>Formatting applied to the runs written now (set by Strong, Emphasis and the like).</summary>
    internal RunFormat Format { get; set; } = RunFormat.Plain;

    /// <summary>Markers still to print before the next paragraph, set by list items (see <see cref="ListContext"/>).</summary>
    internal ListContext? List { get; set; }

    /// <summary>The layout of the table being rendered, for its rows and cells.</summary>
    internal WordTableLayout? Table { get; set; }

    /// <summary>Renders with <paramref name="format"/> in effect, then restores the formatting around it.</summary>
    internal void RenderWith(RunFormat format, Action render)
    {
        var saved = Format;
        Format = format;
        try
        {
            render();
        }
        finally
        {
            Format = saved;
        }
    }

    internal void AppendBlock(OpenXmlElement element) => _containers.Peek().AppendChild(element);

    internal void PushContainer(OpenXmlCompositeElement container) => _containers.Push(container);

    internal void PopContainer() => _containers.Pop();

    /// <summary>Renders <paramref name="inlines"/> into <paramref name="target"/> (a paragraph or hyperlink).</summary>
    internal void RenderInto(OpenXmlCompositeElement target, IEnumerable<Node> inlines)
    {
        _inlineTargets.Push(target);
        try
        {
            RenderAll(inlines);
        }
        finally
        {
            _inlineTargets.Pop();
        }
    }

    /// <summary>Appends text as runs with the current formatting; line feeds and tabs become Word breaks and tabs.</summary>
    internal void AppendText(string text)
    {
        var run = new W.Run();
        if (Format.ToRunProperties() is { } properties)
        {
            run.AppendChild(properties);
        }

        var pending = new System.Text.StringBuilder();
        void Flush()
        {
            if (pending.Length > 0)
            {
                run.AppendChild(new W.Text(pending.ToString()) { Space = SpaceProcessingModeValues.Preserve });
                pending.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    Flush();
                    run.AppendChild(new W.Break());
                    break;
                case '\t':
                    Flush();
                    run.AppendChild(new W.TabChar());
                    break;
                default:
                    if (PrintableText.IsPrintable(text, i))
                    {
                        pending.Append(c);
                    }

                    break;
            }
        }

        Flush();
        if (run.ChildElements.Count > (run.RunProperties is null ? 0 : 1))
        {
            _inlineTargets.Peek().AppendChild(run);
        }
    }

    internal void AppendInline(OpenXmlElement element) => _inlineTargets.Peek().AppendChild(element);

    /// <summary>
    /// Adds an external hyperlink relationship with an id that depends only on the order of links in
    /// the document (the SDK would pick a random one, and the bytes must not change between runs).
    /// </summary>
    internal string AddHyperlink(Uri target)
    {
        var id = $"rIdLink{++_links}";
        _part.AddHyperlinkRelationship(target, isExternal: true, id);
        return id;
    }
}
