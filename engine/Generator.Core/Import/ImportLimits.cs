namespace Generator.Import;

/// <summary>
/// Bounds on what an input may make the importer do. Published reports are a few hundred KB; these leave a
/// wide margin and still stop a hostile or broken file (a zip bomb, a PDF of thousands of pages) early.
/// </summary>
internal static class ImportLimits
{
    /// <summary>Largest input file read at all.</summary>
    public const int MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>A .docx is a zip: at most this many entries…</summary>
    public const int MaxZipEntries = 2000;

    /// <summary>…their declared sizes adding up to at most this…</summary>
    public const long MaxZipUncompressedBytes = 256L * 1024 * 1024;

    /// <summary>…and no large entry packed more tightly than this (text compresses about 10:1; bombs 1000:1).</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>Characters in one part of a Word file (checked by the Open XML SDK while it reads, whatever the zip declares).</summary>
    public const long MaxPartCharacters = 64L * 1024 * 1024;

    /// <summary>Pages of a PDF read.</summary>
    public const int MaxPdfPages = 200;

    /// <summary>Nesting of HTML elements or Word tables followed; deeper content is not a report.</summary>
    public const int MaxDepth = 256;

    /// <summary>Files and folders looked at in the folders given (a folder of 1,000 saved pages holds a few thousand with their pictures).</summary>
    public const int MaxFolderEntries = 200_000;
}
