using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>One figure of a table. <see cref="Value"/> is null when the cell is blank, which is not 0.</summary>
/// <param name="Invalid">The file had something else than a valid count here (already reported); relations skip it.</param>
public readonly record struct Count(int? Value, SourceSpan Span, bool Invalid = false) : IFormattable
{
    public bool IsBlank => Value is null;

    public static Count Blank(SourceSpan span) => new(null, span);

    /// <summary>A cell the file gets wrong or leaves out where it is required, already reported: no check reads it.</summary>
    public static Count Refused(SourceSpan span) => new(null, span, Invalid: true);

    /// <summary>The figure as printed: digits, or nothing for a blank cell. Templates print counts directly.</summary>
    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// The same text: Scriban prints an <see cref="IFormattable"/> directly, where any other value first
    /// has its type's full name looked up, which is slow in the native executable.
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}
