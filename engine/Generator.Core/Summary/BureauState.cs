namespace Generator.Summary;

/// <summary>Where one bureau's report of the year stands, as the status board shows it.</summary>
public enum BureauState
{
    /// <summary>未建立: no year file (or no bureau folder) yet.</summary>
    NotCreated,

    /// <summary>草稿: the year file still holds placeholders left by <c>new</c>.</summary>
    Draft,

    /// <summary>有错误: the data has errors; the report is not summed.</summary>
    Errors,

    /// <summary>有警告: no errors, but warnings to look at; summed.</summary>
    Warnings,

    /// <summary>待生成: no errors or warnings, but not built into the output folder yet; summed.</summary>
    NotBuilt,

    /// <summary>已生成: no errors or warnings and its files are in the output folder; summed.</summary>
    Built,
}
