using System.Text;

namespace Generator.Authoring;

/// <summary>
/// The layout of the data files the program writes (<c>new</c>, <c>import</c>), as in the sample files:
/// values of a block lined up, a Chinese comment on each line starting at one column.
/// </summary>
internal sealed class YamlLines
{
    /// <summary>Column where line comments start, as in the sample data files.</summary>
    public const int CommentColumn = 36;

    private readonly StringBuilder _text = new();

    public void Raw(string line) => _text.Append(line.TrimEnd()).Append('\n');

    /// <param name="keyWidth">Width of <c>key:</c> with padding, so that the values of a block line up as in the sample files; 0 for no padding.</param>
    public void Line(int indent, string key, string value, string? comment, int keyWidth = 0)
    {
        var keyPart = key + ":";
        var text = new string(' ', indent) + (value.Length == 0 ? keyPart : keyWidth > keyPart.Length ? keyPart.PadRight(keyWidth) + value : keyPart + " " + value);
        if (comment is not null)
        {
            text = text.PadRight(Math.Max(CommentColumn, text.Length + 2)) + "# " + comment;
        }

        Raw(text);
    }

    public override string ToString() => _text.ToString();
}
