namespace Generator.Authoring;

/// <summary>What <see cref="NewFile.TryCreate"/> did.</summary>
public enum NewFileOutcome
{
    Created,
    Existed,
    Failed,
}
