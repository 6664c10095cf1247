namespace Generator.Data;

/// <summary>The official report format (spec §0): 国办公开办函〔2019〕60号 or 〔2021〕30号.</summary>
public enum ReportFormat
{
    Format2019,
    Format2021,
}
