namespace Generator.Files;

/// <summary>Why an input file could not be read; each reader turns it into its own located Chinese message.</summary>
public enum InputProblem
{
    None,

    /// <summary>No such file (or a link to nothing).</summary>
    NotFound,

    /// <summary>A named pipe (FIFO), which would block a read until something writes to it.</summary>
    Pipe,

    /// <summary>A device such as <c>/dev/zero</c>, which never ends.</summary>
    Device,

    /// <summary>A folder, a socket or another kind of file that is not a regular file.</summary>
    NotAFile,

    /// <summary>Longer than the reader's limit, counted while reading.</summary>
    TooLarge,

    /// <summary>No permission to read it.</summary>
    Denied,

    /// <summary>Any other failure of the system while opening or reading.</summary>
    Failed,
}
