using Generator.Import.Source;

namespace Generator.Import.Reading;

/// <summary>Reads a PDF with a text layer (see the partial files).</summary>
internal static partial class PdfReader
{
    public static SourceDocument Read(byte[] bytes, string file) => throw new ImportRefusedException(Diagnostics.DiagnosticCode.ImportUnknownFormat, "PDF 暂不支持");
}
