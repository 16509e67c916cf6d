namespace NewsSite.Ingestion.Tests;

/// <summary>
/// Compares drafts by value, lists included (records compare lists by reference), and publish
/// times by instant and offset: 09:34+01:00 and 08:34+00:00 are one instant but show differently.
/// </summary>
internal sealed class ArticleComparer : IEqualityComparer<ArticleDraft>
{
    public static readonly ArticleComparer Instance = new();

    public bool Equals(ArticleDraft? x, ArticleDraft? y) =>
        x is not null && y is not null
        && x.PublishedAt.EqualsExact(y.PublishedAt)
        && x with { Body = [], Latest = null } == y with { Body = [], Latest = null }
        && x.Body.SequenceEqual(y.Body)
        && (x.Latest, y.Latest) switch
        {
            (null, null) => true,
            ({ } a, { } b) => a.Heading == b.Heading && a.Section == b.Section && a.Items.SequenceEqual(b.Items),
            _ => false,
        };

    public int GetHashCode(ArticleDraft obj) => obj.Title.GetHashCode(StringComparison.Ordinal);
}
