using System.Text.Json;
using System.Text.Json.Serialization;
using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>
/// The manifest's JSON contract, generated at compile time: no reflection, so the manifest reads and
/// writes the same in the JIT build and in the native (ahead-of-time compiled) executable.
/// </summary>
[JsonSerializable(typeof(ManifestDocument))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Indented, with severities as names and Chinese text written as is (the default encoder escapes
    /// every non-ASCII character, which makes the manifest unreadable by eye).
    /// </summary>
    public static ManifestJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<Severity>() },
    });
}

/// <summary>The manifest file as stored: a format version and the reports.</summary>
internal sealed record ManifestDocument(int Version, IReadOnlyList<ManifestReport> Reports);
