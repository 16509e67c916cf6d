namespace NewsSite.Web.Data;

/// <summary>
/// A section as readers see it, kept up to date by the importer so that navigation and list
/// pages cost the same at a hundred articles as at a hundred thousand.
/// </summary>
public class Section
{
    /// <summary>The URL segment, e.g. "world".</summary>
    public required string Slug { get; set; }

    /// <summary>The name as the seeds give it, e.g. "World".</summary>
    public required string Name { get; set; }

    /// <summary>Published articles in the section.</summary>
    public int ArticleCount { get; set; }

    /// <summary>Captured teaser headlines with no published article of the section behind them.</summary>
    public int TeaserCount { get; set; }
}
