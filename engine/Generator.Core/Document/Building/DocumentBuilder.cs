using Generator.Data;
using Generator.Diagnostics;
using Generator.Document.Blocks;
using Generator.Document.Building.Limits;
using Markdig.Syntax;
using SourceSpan = Generator.Diagnostics.SourceSpan;

namespace Generator.Document.Building;

/// <summary>
/// Builds the document model from the markup a template produced (see <see cref="Markup"/>), splicing
/// in narrative from the data file where the template asks for it with <c>```narrative key</c>.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly string _markupFile;
    private readonly IReadOnlyDictionary<string, NarrativeText> _narratives;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellation;

    private DocumentBuilder(string markupFile, IReadOnlyDictionary<string, NarrativeText> narratives, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        _markupFile = markupFile;
        _narratives = narratives;
        _diagnostics = diagnostics;
        _cancellation = cancellation;
    }

    /// <param name="markupFile">Shown in spans of template-made nodes: the template that produced the markup.</param>
    /// <param name="cancellation">The report's budget (<see cref="ReportTime"/>): checked before the markup and each narrative is read.</param>
    public static ReportDocument Build(string markup, string markupFile, IReadOnlyDictionary<string, NarrativeText> narratives, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var builder = new DocumentBuilder(markupFile, narratives, diagnostics, cancellation);
        if (cancellation.IsCancellationRequested)
        {
            ReportTime.OutOfTime(diagnostics, builder.SpanOf(0, 0), "读取模板输出的文档标记");
            return new ReportDocument(string.Empty, []);
        }

        // Before Markdig, as for narrative: the template's output is read the same way (see MarkupLimits).
        if (MarkupLimits.Check(markup) is { } limit)
        {
            diagnostics.Error(DiagnosticCode.MarkupLimit, builder.SpanOf(limit.Line, limit.Column), "模板输出的文档标记中，" + limit.Message,
                "请检查模板是否在循环中输出了 [、* 或 _（数据中的文字由模板自动转义，不会计入）。");
            return new ReportDocument(string.Empty, []);
        }

        if (MarkdownNesting.Parse(markup) is not { } parsed)
        {
            diagnostics.Error(DiagnosticCode.DocumentMarkup, new SourceSpan(markupFile, 1, 1),
                $"模板生成的文档标记嵌套过深（列表、引用或强调层层嵌套超过 {MarkdownNesting.MaxDepth} 层）",
                "请检查模板是否在循环中输出了 >、* 或越来越深的缩进。");
            return new ReportDocument(string.Empty, []);
        }

        var blocks = new BlockConverter(builder.SpanOf, headingOffset: 0, builder.Fenced, diagnostics).Convert(parsed);
        var title = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1) is { } h ? PlainText.Of(h.Inlines) : string.Empty;
        return new ReportDocument(title, blocks);
    }

    private SourceSpan SpanOf(int line, int column) => new(_markupFile, line + 1, column + 1);

    private List<Block> Fenced(FencedCodeBlock fence)
    {
        var span = SpanOf(fence.Line, fence.Column);
        var info = fence.Info ?? string.Empty;
        var arguments = (fence.Arguments ?? string.Empty).Trim();
        var lines = (fence.Lines.Lines ?? []).Take(fence.Lines.Count)
            .Select(l => (l.Slice.ToString(), SpanOf(l.Line, 0)))
            .ToList();
        switch (info)
        {
            case "table":
                var table = TableMarkupParser.Parse(Markup.Unescape(arguments), lines, span, _diagnostics);
                return table is null ? [] : [table];
            case "narrative":
                if (_narratives.TryGetValue(arguments, out var narrative))
                {
                    if (_cancellation.IsCancellationRequested)
                    {
                        ReportTime.OutOfTime(_diagnostics, narrative.SpanOf(0, 0), "读取这段叙述");
                        return [];
                    }

                    return NarrativeParser.Parse(narrative, _diagnostics);
                }

                _diagnostics.Error(DiagnosticCode.DocumentMarkup, span, $"模板引用了不存在的叙述文字“{arguments}”",
                    $"可用的有：{string.Join("、", _narratives.Keys.Order(StringComparer.Ordinal))}。");
                return [];
            case "signature":
                var texts = lines.Select(l => Markup.Unescape(l.Item1.Trim())).Where(t => t.Length > 0).ToList();
                return texts.Count == 0 ? [] : [new SignatureBlock(texts[0], texts.Count > 1 ? texts[1] : null, span)];
            case "pagebreak":
                return [new PageBreak(span)];
            default:
                _diagnostics.Error(DiagnosticCode.DocumentMarkup, span, $"未知的块类型“{info}”",
                    "模板中可用的块：```table、```narrative、```signature、```pagebreak。");
                return [];
        }
    }
}
