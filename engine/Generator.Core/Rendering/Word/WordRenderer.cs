using Generator.Document;

namespace Generator.Rendering.Word;

/// <summary>
/// Renders the document model into the body of a WordprocessingML document, written as it goes
/// (<see cref="WordXmlWriter"/>): a block renderer opens its element, renders its content into it and
/// closes it; inlines are written as runs with the run formatting in effect. All looks come from the
/// styles in <see cref="WordStyles"/>; runs carry only bold/italic and a character style, never fonts or sizes.
/// </summary>
public sealed class WordRenderer : DocumentRenderer<WordRenderer>
{
    private readonly List<(string Id, Uri Target)> _hyperlinks = [];

    internal WordRenderer(WordXmlWriter xml)
    {
        Xml = xml;
    }

    /// <summary>Where the body is written.</summary>
    internal WordXmlWriter Xml { get; }

    /// <summary>The external targets of the hyperlinks rendered so far, for the document's relationships.</summary>
    internal IReadOnlyList<(string Id, Uri Target)> Hyperlinks => _hyperlinks;

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

    /// <summary>Opens a paragraph and its properties with a style; the caller adds properties, then calls <see cref="EndParagraphProperties"/>.</summary>
    internal void StartParagraph(string? style)
    {
        Xml.Start("w:p"u8);
        Xml.Start("w:pPr"u8);
        if (style is not null)
        {
            Xml.Element("w:pStyle"u8, "w:val"u8, style);
        }
    }

    internal void EndParagraphProperties() => Xml.End();

    /// <summary>
    /// Writes text as a run with the current formatting; line feeds and tabs become Word breaks and
    /// tabs, characters XML cannot hold are left out, and a run that would be empty is not written.
    /// </summary>
    internal void AppendText(string text)
    {
        // Nearly all text is printable through and through: one w:t, without looking at each character.
        if (text.Length > 0 && PrintableText.IsPlain(text))
        {
            Xml.Start("w:r"u8);
            Format.WriteRunProperties(Xml);
            Xml.Start("w:t"u8);
            Xml.Attribute("xml:space"u8, "preserve"u8);
            Xml.Text(text);
            Xml.End();
            Xml.End();
            return;
        }

        if (!HasContent(text))
        {
            return;
        }

        Xml.Start("w:r"u8);
        Format.WriteRunProperties(Xml);
        var inText = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var printable = c is not ('\n' or '\t') && PrintableText.IsPrintable(text, i);
            if (printable)
            {
                continue;
            }

            // Flush the printable characters before this one; one w:t runs on across left-out characters.
            if (i > start)
            {
                OpenText(ref inText);
                Xml.Text(text.AsSpan(start, i - start));
            }

            start = i + 1;
            if (c is '\n' or '\t')
            {
                CloseText(ref inText);
                Xml.Element(c == '\n' ? "w:br"u8 : "w:tab"u8);
            }
        }

        if (text.Length > start)
        {
            OpenText(ref inText);
            Xml.Text(text.AsSpan(start));
        }

        CloseText(ref inText);
        Xml.End();
    }

    /// <summary>
    /// Adds an external hyperlink relationship with an id that depends only on the order of links in
    /// the document (a package would pick a random one, and the bytes must not change between runs).
    /// </summary>
    internal string AddHyperlink(Uri target)
    {
        var id = $"rIdLink{_hyperlinks.Count + 1}";
        _hyperlinks.Add((id, target));
        return id;
    }

    private static bool HasContent(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\t' || PrintableText.IsPrintable(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private void OpenText(ref bool inText)
    {
        if (!inText)
        {
            Xml.Start("w:t"u8);
            Xml.Attribute("xml:space"u8, "preserve"u8);
            inText = true;
        }
    }

    private void CloseText(ref bool inText)
    {
        if (inText)
        {
            Xml.End();
            inText = false;
        }
    }
}
