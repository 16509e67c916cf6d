namespace NewsSite.Ingestion;

/// <summary>Why a file is not an article, and where, when a line can be named.</summary>
public sealed record SeedError(string Reason, int? Line = null)
{
    /// <summary>The reason with its line, as shown to people: "line 3: …".</summary>
    public string Message => Line is { } line ? $"line {line}: {Reason}" : Reason;

    public override string ToString() => Message;
}
