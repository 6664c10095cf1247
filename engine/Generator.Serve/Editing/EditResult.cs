namespace Generator.Serve.Editing;

/// <summary>What became of an edit in the table: an HTTP status and the Chinese sentence the page shows.</summary>
internal sealed record EditResult(int Status, string Message)
{
    public bool Written => Status == 200;
}
