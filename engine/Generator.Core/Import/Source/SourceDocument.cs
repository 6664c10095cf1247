namespace Generator.Import.Source;

/// <summary>
/// A published report as its reader found it, before anything is recognised: text blocks and tables in
/// reading order. Every reader (web page, Word, PDF, Markdown) produces this, so that recognising the
/// report's parts is written once.
/// </summary>
/// <param name="File">The file as shown to the user.</param>
/// <param name="Kind">The kind of input, in Chinese, for messages (网页、Word 文件、PDF 文件、Markdown 文件).</param>
internal sealed record SourceDocument(string File, string Kind, IReadOnlyList<SourceBlock> Blocks);
