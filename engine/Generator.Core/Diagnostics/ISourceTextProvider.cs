namespace Generator.Diagnostics;

/// <summary>Gives the formatter the text of a source line, to quote it under a diagnostic.</summary>
public interface ISourceTextProvider
{
    bool TryGetLine(string file, int line, out string text);
}
