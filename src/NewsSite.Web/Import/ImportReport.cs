namespace NewsSite.Web.Import;

public enum ImportOutcome
{
    Added,
    Updated,
    Unchanged,
    Withdrawn,
    Restored,
    Failed,
}

/// <summary>What happened to one seed file.</summary>
/// <param name="File">The file name within the seeds folder.</param>
/// <param name="Url">The article's path on the site; null when the file failed.</param>
/// <param name="Error">The parser's reason with its line, when the file failed.</param>
public sealed record ImportFileResult(string File, ImportOutcome Outcome, string? Url = null, string? Error = null);

/// <summary>The outcome of one import run, file by file.</summary>
public sealed record ImportReport(IReadOnlyList<ImportFileResult> Files, TimeSpan Duration)
{
    /// <summary>The run's id in the import history.</summary>
    public int RunId { get; init; }

    public int Count(ImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    public int Added => Count(ImportOutcome.Added);

    public int Updated => Count(ImportOutcome.Updated);

    public int Unchanged => Count(ImportOutcome.Unchanged);

    public int Withdrawn => Count(ImportOutcome.Withdrawn);

    public int Restored => Count(ImportOutcome.Restored);

    public int Failed => Count(ImportOutcome.Failed);
}
