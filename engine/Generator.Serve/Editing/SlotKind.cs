namespace Generator.Serve.Editing;

/// <summary>What a figure cell of the three official tables is in the data file.</summary>
internal enum SlotKind
{
    /// <summary>A count written as one scalar (a number or <c>~</c>).</summary>
    Count,

    /// <summary>A row's 总计 written in the file as its last value (as published).</summary>
    StatedTotal,

    /// <summary>An amount of money: the number of one scalar, in the unit the file writes.</summary>
    Money,

    /// <summary>Computed by the program (a row's 总计 not written in the file): no scalar to change.</summary>
    Computed,

    /// <summary>Not in the data file at all: blank money, an absent key, a cell the form leaves empty.</summary>
    NotWritten,
}
