namespace Generator;

/// <summary>
/// Why the engine's few uses of reflection are safe in the native executable. Every app that publishes
/// natively roots this assembly whole (<c>TrimmerRootAssembly Include="Generator.Core"</c>), so the
/// trimmer keeps all of its types and members: the node renderers found by type, the template functions'
/// parameter descriptions, and the model records whose properties templates and <c>dump</c> read. CI publishes
/// the native CLI and checks that it writes the same bytes as the JIT build.
/// </summary>
internal static class AotNotes
{
    public const string CoreIsRooted =
        "Generator.Core is a trimmer root in every native publish (see AotNotes), so the types and members read by reflection here are all kept.";
}
