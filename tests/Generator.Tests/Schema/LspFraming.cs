using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Generator.Tests.Schema;

/// <summary>
/// Reads the messages of the Language Server Protocol's base protocol: ASCII header lines ending in
/// CRLF (only <c>Content-Length</c> matters), an empty line, then that many bytes of UTF-8 JSON.
/// </summary>
internal static class LspFraming
{
    private const string LengthHeader = "Content-Length:";

    /// <summary>The next message, or null at the end of the stream.</summary>
    public static async Task<JsonObject?> ReadAsync(Stream stream)
    {
        int? length = null;
        while (true)
        {
            var line = await ReadLineAsync(stream);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith(LengthHeader, StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan(LengthHeader.Length).Trim(), CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length ?? throw new InvalidDataException("a message without Content-Length")];
        await stream.ReadExactlyAsync(body);
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>One header line without its CRLF; byte by byte, so that no byte of the body is read ahead.</summary>
    private static async Task<string?> ReadLineAsync(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            if (one[0] == (byte)'\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }

        return bytes.Count == 0 ? null : throw new EndOfStreamException("the stream ended inside a header");
    }
}
