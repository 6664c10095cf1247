using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Data.Yaml;

/// <summary>
/// One pass over the parser's events before the file is loaded into the representation model, which
/// recurses once per nesting level (10 000 nested <c>[</c> overflowed the stack and killed the process)
/// and would let a few lines of anchors and aliases stand for billions of nodes. The parser itself
/// is iterative, so this pass is safe on any input. It also notes which lines are the inside of a
/// multi-line text (narrative), where tabs and full-width spaces are content, not indentation.
/// </summary>
internal sealed partial class YamlPrescan
{
    /// <summary>A report nests four levels (requests → withheld → row → cell); twenty is plenty for any layout.</summary>
    public const int MaxDepth = 20;

    /// <summary>Nodes that aliases may stand for in total; a report has a few hundred nodes.</summary>
    public const int MaxAliasNodes = 10_000;

    /// <summary>The message of a parser failure that was not a <see cref="YamlException"/>.</summary>
    public const string ParserFailed = "YAML parser failed";

    private readonly HashSet<int> _textLines = [];
    private readonly List<ParsingEvent> _events = new(512);

    /// <summary>The flow collections (<c>[</c>, <c>{</c>) open at the current event, innermost on top.</summary>
    private readonly Stack<FlowStart> _openFlow = new();
    private Mark _lastMark = new(0, 1, 1);

    private YamlPrescan()
    {
    }

    /// <summary>Where the file first nests deeper than <see cref="MaxDepth"/>, if it does.</summary>
    public Mark? TooDeep { get; private set; }

    /// <summary>Where aliases first add up to more than <see cref="MaxAliasNodes"/> nodes, if they do.</summary>
    public Mark? TooManyAliasNodes { get; private set; }

    /// <summary>The parser's error, if the file is not valid YAML; lines after it were not seen.</summary>
    public YamlException? Error { get; private set; }

    /// <summary>
    /// The events read, to load the representation model from (<see cref="Replay"/>) instead of scanning
    /// the text a second time: scanning is most of the cost of reading a file.
    /// </summary>
    public IParser Replay() => new ReplayParser(_events);

    /// <summary>Whether the line (1-based) lies inside a multi-line scalar, after its first line.</summary>
    public bool IsInsideText(int line) => _textLines.Contains(line);

    public static YamlPrescan Run(string text)
    {
        var scan = new YamlPrescan();
        var parser = new Parser(new StringReader(text));
        try
        {
            scan.Walk(parser);
        }
        catch (YamlException e)
        {
            scan.Error = scan.UnclosedFlow(e, e.Start, e.Message.Contains("did not find expected ','", StringComparison.Ordinal), text) ?? e;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner has thrown these on some broken input (found by PipelineFuzzTests);
            // it is still a syntax error, placed after the last node the parser read. An unclosed [ or {
            // followed by more lines is one of them (the scanner's InvalidOperationException).
            var at = scan._lastMark;
            scan.Error = scan.UnclosedFlow(e, at, aboutFlow: e is InvalidOperationException, text) ?? new YamlException(at, at, ParserFailed, e);
        }

        return scan;
    }

    private void Walk(Parser parser)
    {
        // Per open collection: how many nodes it holds so far, counting what its aliases stand for.
        var open = new Stack<(long Nodes, string? Anchor, bool Flow)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var aliases = new AliasCheck();
        long aliasNodes = 0;
        while (parser.MoveNext())
        {
            _lastMark = parser.Current!.End;
            _events.Add(parser.Current);
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    var start = (NodeEvent)parser.Current;
                    var flow = start is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
                    open.Push((1, start.Anchor.IsEmpty ? null : start.Anchor.Value, flow));
                    aliases.Open(start.Anchor);
                    if (flow)
                    {
                        _openFlow.Push(new FlowStart(start.Start, start is SequenceStart));
                    }

                    if (open.Count > MaxDepth)
                    {
                        TooDeep = start.Start;
                        return;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    var (nodes, anchor, wasFlow) = open.Pop();
                    aliases.Close(anchor);
                    if (wasFlow)
                    {
                        _openFlow.Pop();
                    }

                    Add(nodes, anchor);
                    break;
                case DocumentEnd:
                    if (aliases.EndDocument() is { } aliasError)
                    {
                        Error = aliasError;
                        return;
                    }

                    break;
                case Scalar scalar:
                    // A block scalar ends at column 1 of the line after it; that line is not part of the text.
                    var last = scalar.End.Column > 1 ? scalar.End.Line : scalar.End.Line - 1;
                    for (var line = scalar.Start.Line + 1; line <= last; line++)
                    {
                        _textLines.Add((int)line);
                    }

                    aliases.Close(scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value);
                    Add(1, scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value);
                    break;
                case AnchorAlias alias:
                    if (aliases.Use(alias) is { } selfError)
                    {
                        Error = selfError;
                        return;
                    }

                    var size = sizes.GetValueOrDefault(alias.Value.Value, 1);
                    aliasNodes += size;
                    if (aliasNodes > MaxAliasNodes)
                    {
                        TooManyAliasNodes = alias.Start;
                        return;
                    }

                    Add(size, null);
                    break;
            }
        }

        void Add(long nodes, string? anchor)
        {
            if (anchor is not null)
            {
                sizes[anchor] = nodes;
            }

            if (open.Count > 0)
            {
                var (parent, parentAnchor, parentFlow) = open.Pop();
                open.Push((parent + nodes, parentAnchor, parentFlow));
            }
        }
    }

    /// <summary>Hands the recorded events to YamlDotNet's loader as if its parser produced them now.</summary>
    private sealed class ReplayParser(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
