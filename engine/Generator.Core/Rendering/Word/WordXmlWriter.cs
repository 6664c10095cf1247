using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Generator.Rendering.Word;

/// <summary>
/// Writes WordprocessingML as UTF-8 straight into a buffer, byte for byte as the Open XML SDK wrote
/// the typed elements through an XmlWriter: empty elements as <c>&lt;w:b /&gt;</c>, the same escaping,
/// no byte order mark. The SDK's element tree and its serialiser took most of the time of a whole
/// build; element and attribute names here are the callers' constants, so nothing is looked up.
/// Attributes go in the order the SDK writes them (schema order), which the callers keep.
/// </summary>
/// <remarks>
/// Names are UTF-8 literals (<c>"w:tc"u8</c>) copied as they are, and an open element is remembered by
/// where its name lies in the buffer, so closing it copies those bytes back: no string is narrowed
/// character by character and nothing is allocated per element. With names as strings, copied a
/// character at a time and kept on a stack of strings, the body took nearly twice as long.
/// </remarks>
internal sealed class WordXmlWriter : IDisposable
{
    /// <summary>Printable ASCII that an attribute value holds as it is (no <c>&amp; &lt; &gt; "</c>).</summary>
    private static readonly SearchValues<char> PlainAttributeCharacters =
        SearchValues.Create(" !#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>What element text escapes: <c>&amp; &lt; &gt;</c>.</summary>
    private static readonly SearchValues<char> TextEscapes = SearchValues.Create("&<>");

    /// <summary>Where each open element's name starts in the buffer, and its length: (start, length) pairs.</summary>
    private int[] _open = new int[64];
    private int _depth;
    private byte[] _buffer;
    private int _length;
    private bool _inStartTag;

    public WordXmlWriter(int capacity = 128 * 1024)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(capacity);
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Declaration() => Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);

    /// <summary>Opens an element; it is written as an empty element if <see cref="End"/> comes before any content.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Start(ReadOnlySpan<byte> name)
    {
        var target = Reserve(name.Length + 2);
        var at = 0;
        if (_inStartTag)
        {
            target[at++] = (byte)'>';
        }

        target[at++] = (byte)'<';
        name.CopyTo(target[at..]);
        Push(_length + at, name.Length);
        _length += at + name.Length;
        _inStartTag = true;
    }

    public void End()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("No element is open.");
        }

        _depth -= 2;
        if (_inStartTag)
        {
            Raw(" />"u8);
            _inStartTag = false;
            return;
        }

        var start = _open[_depth];
        var length = _open[_depth + 1];
        var target = Reserve(length + 3);
        target[0] = (byte)'<';
        target[1] = (byte)'/';
        _buffer.AsSpan(start, length).CopyTo(target[2..]);
        target[length + 2] = (byte)'>';
        _length += length + 3;
    }

    /// <summary>An attribute of the element just opened; the value is escaped as an XmlWriter escapes attribute values.</summary>
    public void Attribute(ReadOnlySpan<byte> name, string value)
    {
        // Nearly every value is a style id, a keyword or a number: plain ASCII, nothing to escape.
        if (!value.AsSpan().ContainsAnyExcept(PlainAttributeCharacters))
        {
            var target = AttributeStart(name, value.Length + 1);
            System.Text.Ascii.FromUtf16(value, target, out _);
            target[value.Length] = (byte)'"';
            _length += value.Length + 1;
            return;
        }

        AttributeStart(name, 0);
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            ReadOnlySpan<byte> escape;
            switch (value[i])
            {
                case '&': escape = "&amp;"u8; break;
                case '<': escape = "&lt;"u8; break;
                case '>': escape = "&gt;"u8; break;
                case '"': escape = "&quot;"u8; break;
                case '\t': escape = "&#x9;"u8; break;
                case '\n': escape = "&#xA;"u8; break;
                case '\r': escape = "&#xD;"u8; break;
                default:
                    if (PrintableText.IsPrintable(value, i))
                    {
                        continue;
                    }

                    escape = []; // dropped, as in text (an XmlWriter would throw)
                    break;
            }

            Utf8(value.AsSpan(start, i - start));
            Raw(escape);
            start = i + 1;
        }

        Utf8(value.AsSpan(start));
        Raw("\""u8);
    }

    /// <summary>An attribute whose value is a literal that needs no escaping (a keyword such as <c>dxa</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Attribute(ReadOnlySpan<byte> name, ReadOnlySpan<byte> plainValue)
    {
        var target = AttributeStart(name, plainValue.Length + 1);
        plainValue.CopyTo(target);
        target[plainValue.Length] = (byte)'"';
        _length += plainValue.Length + 1;
    }

    public void Attribute(ReadOnlySpan<byte> name, int value)
    {
        var target = AttributeStart(name, 12);
        value.TryFormat(target, out var written, provider: CultureInfo.InvariantCulture);
        target[written] = (byte)'"';
        _length += written + 1;
    }

    public void Attribute(ReadOnlySpan<byte> name, bool value) => Attribute(name, value ? "true"u8 : "false"u8);

    /// <summary>An empty element without attributes (<c>&lt;w:b /&gt;</c>).</summary>
    public void Element(ReadOnlySpan<byte> name)
    {
        Start(name);
        End();
    }

    /// <summary>An empty element with one attribute, the commonest shape in WordprocessingML (<c>&lt;w:pStyle w:val="Title" /&gt;</c>).</summary>
    public void Element(ReadOnlySpan<byte> name, ReadOnlySpan<byte> attribute, string value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    public void Element(ReadOnlySpan<byte> name, ReadOnlySpan<byte> attribute, ReadOnlySpan<byte> plainValue)
    {
        Start(name);
        Attribute(attribute, plainValue);
        End();
    }

    public void Element(ReadOnlySpan<byte> name, ReadOnlySpan<byte> attribute, int value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    /// <summary>Element text, escaped as an XmlWriter escapes it. The caller passes only printable text (see <see cref="PrintableText"/>).</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        CloseStartTag();
        int next;
        while ((next = text.IndexOfAny(TextEscapes)) >= 0)
        {
            Utf8(text[..next]);
            Raw(text[next] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                _ => "&gt;"u8,
            });
            text = text[(next + 1)..];
        }

        Utf8(text);
    }

    /// <summary>
    /// Marks where a piece of markup that will be written again starts: whole elements, opened and
    /// closed, such as a cell's properties. Pass the mark to <see cref="EndPiece"/> after the piece.
    /// </summary>
    public int StartPiece()
    {
        CloseStartTag();
        return _length;
    }

    /// <summary>The piece written since <paramref name="start"/> (from <see cref="StartPiece"/>), for <see cref="Repeat"/>.</summary>
    public XmlPiece EndPiece(int start) => new(start, _length - start);

    /// <summary>
    /// Writes a piece written before again by copying its bytes: the same bytes as writing its elements
    /// once more, since a piece holds whole elements and leaves no start tag open.
    /// </summary>
    public void Repeat(XmlPiece piece)
    {
        CloseStartTag();
        var target = Reserve(piece.Length);
        _buffer.AsSpan(piece.Start, piece.Length).CopyTo(target);
        _length += piece.Length;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Writes <c> name="</c> and returns room for <paramref name="valueRoom"/> more bytes after it, not yet counted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> AttributeStart(ReadOnlySpan<byte> name, int valueRoom)
    {
        var target = Reserve(name.Length + 3 + valueRoom);
        target[0] = (byte)' ';
        name.CopyTo(target[1..]);
        target[name.Length + 1] = (byte)'=';
        target[name.Length + 2] = (byte)'"';
        _length += name.Length + 3;
        return target[(name.Length + 3)..];
    }

    private void Push(int start, int length)
    {
        if (_depth + 2 > _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
        }

        _open[_depth] = start;
        _open[_depth + 1] = length;
        _depth += 2;
    }

    private void CloseStartTag()
    {
        if (_inStartTag)
        {
            Raw(">"u8);
            _inStartTag = false;
        }
    }

    /// <summary>Markup bytes as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        var target = Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, target);
    }

    /// <summary>Room for <paramref name="count"/> bytes after what is written; the caller advances <see cref="_length"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Grow(count);
        }

        return _buffer.AsSpan(_length);
    }

    private void Grow(int count)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
        Written.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
