using Generator.Diagnostics;

namespace Generator.Document;

/// <summary>
/// A node of the format-neutral document model. Nodes hold data only: no node knows about HTML,
/// Markdown or Word. <see cref="Span"/> points at the data file line (narrative, figures) or at the
/// template output line the node came from, for bug reports and <c>--dump</c>.
/// </summary>
public abstract record Node(SourceSpan Span);
