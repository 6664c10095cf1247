namespace Generator.Tests.Unit.Validation;

/// <summary>A row of table 1 of a generated report: <c>licensing: { items_last_year: 6, items_change: -3, decisions: 12 }</c>.</summary>
internal sealed record GeneratedFields(string Key, IReadOnlyList<(string Field, string Value)> Fields)
{
    public string? this[string field] => Fields.FirstOrDefault(f => f.Field == field).Value;

    public GeneratedFields With(string field, string value) =>
        this with { Fields = [.. Fields.Select(f => f.Field == field ? (field, value) : f)] };

    public string Yaml() => $"{Key}: {{ {string.Join(", ", Fields.Select(f => $"{f.Field}: {f.Value}"))} }}";
}
