namespace Generator.Templating;

/// <summary>Markup produced by the engine itself (an included template), written without escaping.</summary>
internal sealed record RawMarkup(string Text)
{
    public override string ToString() => Text;
}
