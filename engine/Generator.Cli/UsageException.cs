namespace Generator.Cli;

/// <summary>A mistake on the command line; its message is Chinese and shown as is.</summary>
internal sealed class UsageException(string message) : Exception(message);
