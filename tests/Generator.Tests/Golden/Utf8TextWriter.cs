using System.Text;
using ApprovalTests.Core;

namespace Generator.Tests.Golden;

/// <summary>
/// Writes the received file as UTF-8 without a byte order mark (ApprovalTextWriter adds one), so a
/// golden file has exactly the bytes the generator writes and can be opened or diffed as is.
/// </summary>
internal sealed class Utf8TextWriter(string text, string extension) : IApprovalWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string GetApprovalFilename(string basename) => $"{basename}.approved.{extension}";

    public string GetReceivedFilename(string basename) => $"{basename}.received.{extension}";

    public string WriteReceivedFile(string received)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, text, Utf8);
        return received;
    }
}
