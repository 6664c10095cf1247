namespace Generator.Summary;

/// <summary>A bureau of the group whose report is not in the totals, and why (未建立, 草稿, 有错误 and its count); templates list them.</summary>
public sealed record ExcludedBureau(string Id, string Agency, string Reason);
