namespace NewsSite.Web.Data;

/// <summary>
/// A URL an article had before its seed moved it to another section: it answers 301 to the
/// article's URL now, so links and bookmarks keep working.
/// </summary>
public class ArticleRedirect
{
    /// <summary>The old URL's section part, e.g. "world".</summary>
    public required string SectionSlug { get; set; }

    /// <summary>The old URL's headline part.</summary>
    public required string Slug { get; set; }

    public int ArticleId { get; set; }
}
