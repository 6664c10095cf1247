namespace Generator.Document.Blocks;

public enum CellKind
{
    /// <summary>A figure.</summary>
    Data,

    /// <summary>A label heading the cells below it (thead cells, block titles and 信息内容 rows of table 1).</summary>
    ColumnHeader,

    /// <summary>A label heading the cells to its right (the row labels of table 2).</summary>
    RowHeader,
}
