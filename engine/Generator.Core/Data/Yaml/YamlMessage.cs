namespace Generator.Data.Yaml;

/// <summary>A YAML parser's complaint in the words of the staff who edit the data: what is wrong, and what to do when that is not obvious.</summary>
internal sealed record YamlMessage(string Text, string? Hint = null);
