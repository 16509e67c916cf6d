namespace NewsSite.Web.Admin;

/// <summary>What one revision changed: the first changes, in reading order, and how many more there are.</summary>
/// <param name="Shown">At most <see cref="RevisionDiff.ShownChanges"/> changes: fields first, then the body's.</param>
/// <param name="More">The changes after those, counted but not described.</param>
public sealed record RevisionChanges(IReadOnlyList<ArticleChange> Shown, int More)
{
    /// <summary>No change, or a version that could not be read back.</summary>
    public static RevisionChanges None { get; } = new([], 0);
}
