using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// An explicit acceptance of a published figure that breaks a relation, with the reason.
/// Waivers are always reported when used; an unused waiver is itself reported.
/// </summary>
/// <param name="At">The row it applies to, e.g. <c>appeals.direct_suit</c>.</param>
/// <param name="Relation">One of <see cref="Validation.RelationIds.All"/>, or null for any relation on that row.</param>
public sealed record Waiver(string At, string? Relation, string Reason, SourceSpan Span);
