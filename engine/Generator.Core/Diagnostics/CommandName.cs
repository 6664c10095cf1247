namespace Generator.Diagnostics;

/// <summary>
/// How the user runs this program, so that every message naming a command can be copied as it stands:
/// <c>dotnet run --project engine/Generator.Cli --</c> from the repository, <c>generator</c> from an
/// installed executable. The command line sets it once at start-up; messages read it through <see cref="Of"/>.
/// </summary>
public static class CommandName
{
    /// <summary>What a published executable on the PATH is called; the default until the command line says otherwise.</summary>
    public const string Installed = "generator";

    private static volatile string _prefix = Installed;

    /// <summary>The words before the command name, e.g. <c>generator</c> or <c>dotnet run --project engine/Generator.Cli --</c>.</summary>
    public static string Prefix
    {
        get => _prefix;
        set => _prefix = string.IsNullOrWhiteSpace(value) ? Installed : value.Trim();
    }

    /// <summary>A command to show in a message: <c>Of("validate --year 2023")</c> → <c>generator validate --year 2023</c>.</summary>
    public static string Of(string arguments) => $"{Prefix} {arguments}";
}
