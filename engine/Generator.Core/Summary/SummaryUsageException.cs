namespace Generator.Summary;

/// <summary>The command asks for something that is not there (a group the file does not define): a usage error, exit code 2.</summary>
public sealed class SummaryUsageException(string message) : Exception(message);
