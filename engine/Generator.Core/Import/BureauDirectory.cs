using Generator.Data;
using Generator.Data.Yaml;
using Generator.Diagnostics;
using Generator.Import.Reading;

namespace Generator.Import;

/// <summary>The bureaus of the data folder, read once per import: which one a report belongs to, by the agency its title or signature names.</summary>
internal sealed class BureauDirectory
{
    private readonly Dictionary<string, Bureau?> _bureaus = new(StringComparer.Ordinal);

    public BureauDirectory(string dataFolder)
    {
        if (!Directory.Exists(dataFolder))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(dataFolder).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(folder);
            var file = Path.Combine(folder, "bureau.yaml");
            if (!DataFolder.IsBureauId(id) || !File.Exists(file))
            {
                continue;
            }

            // Problems of a bureau file are told by the checks after import, not here.
            var map = YamlFile.Load(file, file, new SourceTextCache(), new DiagnosticBag());
            _bureaus[id] = map is null ? null : BureauReader.Read(map, id);
        }
    }

    public IReadOnlyList<string> Ids => [.. _bureaus.Keys];

    /// <summary>A bureau file written during this import (a new bureau), read as the checks will read it.</summary>
    public Bureau? Load(string id, string file)
    {
        if (!_bureaus.TryGetValue(id, out var bureau) && File.Exists(file))
        {
            var map = YamlFile.Load(file, file, new SourceTextCache(), new DiagnosticBag());
            _bureaus[id] = bureau = map is null ? null : BureauReader.Read(map, id);
        }

        return bureau;
    }

    public Bureau? Find(string id) => _bureaus.GetValueOrDefault(id);

    /// <summary>The one bureau whose agency or signature is the report's agency or signature; null when none or several are.</summary>
    public string? Match(string? agency, string? signature)
    {
        var names = new[] { agency, signature }.OfType<string>().Select(TextTidy.Squeeze).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var matches = _bureaus.Where(b => b.Value is { } bureau && (names.Contains(TextTidy.Squeeze(bureau.Agency)) || names.Contains(TextTidy.Squeeze(bureau.Signature))))
            .Select(b => b.Key).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
