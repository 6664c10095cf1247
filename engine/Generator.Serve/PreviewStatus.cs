namespace Generator.Serve;

/// <summary>A report's state on the index, with the word staff see.</summary>
public enum PreviewStatus
{
    /// <summary>已生成: built, no diagnostics.</summary>
    Built,

    /// <summary>有警告: built, with warnings.</summary>
    Warnings,

    /// <summary>有错误: errors; the last good report (if any) is shown greyed.</summary>
    Errors,

    /// <summary>草稿: a year file with placeholders left from <c>new</c>, not built (as <c>build</c> does).</summary>
    Draft,
}
