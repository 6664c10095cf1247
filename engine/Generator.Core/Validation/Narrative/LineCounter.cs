namespace Generator.Validation.Narrative;

/// <summary>
/// Line and column (0-based) of positions in a text, asked in increasing order: counts the line breaks
/// once from the last position asked, so that placing every mention of a long narrative stays linear.
/// </summary>
internal struct LineCounter(string text)
{
    private int _offset;
    private int _line;
    private int _lineStart;

    public (int Line, int Column) At(int index)
    {
        if (index < _offset)
        {
            (_offset, _line, _lineStart) = (0, 0, 0); // asked out of order: count again from the start
        }

        for (; _offset < index; _offset++)
        {
            if (text[_offset] == '\n')
            {
                _line++;
                _lineStart = _offset + 1;
            }
        }

        return (_line, index - _lineStart);
    }
}
