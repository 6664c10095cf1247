namespace Generator.Authoring;

/// <summary>A one-line text as a YAML value: plain when YAML reads it back unchanged, double-quoted otherwise.</summary>
internal static class YamlScalar
{
    public static string Plain(string text)
    {
        var plain = text.Length > 0
            && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
            && "-?:,[]{}#&*!|>'\"%@`~".IndexOf(text[0], StringComparison.Ordinal) < 0
            && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
            && !text.Contains('：', StringComparison.Ordinal)
            && text.All(c => c >= ' ' && c != '\u007F')
            && text is not ("null" or "Null" or "NULL" or "true" or "false" or "True" or "False" or "yes" or "no" or "on" or "off")
            && !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
        return plain ? text : Quoted(text);
    }

    public static string Quoted(string text)
    {
        var result = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' or '\u007F' => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }

        return result.Append('"').ToString();
    }
}
