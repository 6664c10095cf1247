namespace Generator.Validation.Narrative;

internal enum FigureState
{
    Filled,

    /// <summary>Left blank on the form (not 0): a quoted figure has nothing to agree with.</summary>
    Blank,

    /// <summary>A sum of cells some of which are blank: only the filled ones are added.</summary>
    PartlyBlank,

    /// <summary>A cell that could not be read (already an error): not compared.</summary>
    Invalid,
}
