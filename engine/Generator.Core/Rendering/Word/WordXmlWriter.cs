using System.Buffers;
using System.Globalization;
using System.Text;

namespace Generator.Rendering.Word;

/// <summary>
/// Writes WordprocessingML as UTF-8 straight into a buffer, byte for byte as the Open XML SDK wrote
/// the typed elements through an XmlWriter: empty elements as <c>&lt;w:b /&gt;</c>, the same escaping,
/// no byte order mark. The SDK's element tree and its serialiser took most of the time of a whole
/// build; element and attribute names here are the callers' constants, so nothing is looked up.
/// Attributes go in the order the SDK writes them (schema order), which the callers keep.
/// </summary>
internal sealed class WordXmlWriter : IDisposable
{
    /// <summary>Printable ASCII that an attribute value holds as it is (no <c>&amp; &lt; &gt; "</c>).</summary>
    private static readonly SearchValues<char> PlainAttributeCharacters =
        SearchValues.Create(" !#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly Stack<string> _open = new();
    private byte[] _buffer;
    private int _length;
    private bool _inStartTag;

    public WordXmlWriter(int capacity = 128 * 1024)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(capacity);
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Declaration() => Ascii("<?xml version=\"1.0\" encoding=\"utf-8\"?>");

    /// <summary>Opens an element; it is written as an empty element if <see cref="End"/> comes before any content.</summary>
    public void Start(string name)
    {
        CloseStartTag();
        Byte((byte)'<');
        Ascii(name);
        _open.Push(name);
        _inStartTag = true;
    }

    public void End()
    {
        var name = _open.Pop();
        if (_inStartTag)
        {
            Ascii(" />");
            _inStartTag = false;
            return;
        }

        Ascii("</");
        Ascii(name);
        Byte((byte)'>');
    }

    /// <summary>An attribute of the element just opened; the value is escaped as an XmlWriter escapes attribute values.</summary>
    public void Attribute(string name, string value)
    {
        AttributeName(name);

        // Nearly every value is a style id, a keyword or a number: plain ASCII, nothing to escape.
        if (!value.AsSpan().ContainsAnyExcept(PlainAttributeCharacters))
        {
            Ascii(value);
            Byte((byte)'"');
            return;
        }

        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var escape = value[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                '\r' => "&#xD;",
                _ => PrintableText.IsPrintable(value, i) ? null : string.Empty, // dropped, as in text (an XmlWriter would throw)
            };
            if (escape is not null)
            {
                Utf8(value.AsSpan(start, i - start));
                Ascii(escape);
                start = i + 1;
            }
        }

        Utf8(value.AsSpan(start));
        Byte((byte)'"');
    }

    public void Attribute(string name, int value)
    {
        AttributeName(name);
        Reserve(11);
        value.TryFormat(_buffer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
        Byte((byte)'"');
    }

    public void Attribute(string name, bool value) => Attribute(name, value ? "true" : "false");

    /// <summary>An empty element without attributes (<c>&lt;w:b /&gt;</c>).</summary>
    public void Element(string name)
    {
        Start(name);
        End();
    }

    /// <summary>An empty element with one attribute, the commonest shape in WordprocessingML (<c>&lt;w:pStyle w:val="Title" /&gt;</c>).</summary>
    public void Element(string name, string attribute, string value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    public void Element(string name, string attribute, int value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    /// <summary>Element text, escaped as an XmlWriter escapes it. The caller passes only printable text (see <see cref="PrintableText"/>).</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        CloseStartTag();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escape = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            };
            if (escape is not null)
            {
                Utf8(text[start..i]);
                Ascii(escape);
                start = i + 1;
            }
        }

        Utf8(text[start..]);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void AttributeName(string name)
    {
        Byte((byte)' ');
        Ascii(name);
        Ascii("=\"");
    }

    private void CloseStartTag()
    {
        if (_inStartTag)
        {
            Byte((byte)'>');
            _inStartTag = false;
        }
    }

    private void Byte(byte value)
    {
        Reserve(1);
        _buffer[_length++] = value;
    }

    /// <summary>Names and markup: ASCII only, one byte a character.</summary>
    private void Ascii(string text)
    {
        Reserve(text.Length);
        var target = _buffer.AsSpan(_length);
        for (var i = 0; i < text.Length; i++)
        {
            target[i] = (byte)text[i];
        }

        _length += text.Length;
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void Reserve(int count)
    {
        if (_length + count <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
        Written.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
