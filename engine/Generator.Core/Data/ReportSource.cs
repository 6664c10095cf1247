namespace Generator.Data;

/// <summary>Where one report's data lives: <c>data/&lt;bureau&gt;/&lt;year&gt;.yaml</c> beside <c>bureau.yaml</c>.</summary>
public sealed record ReportSource(string BureauId, int Year, string YearFile, string BureauFile);
