namespace NewsSite.Web.Data;

/// <summary>A teaser headline captured from a seed's "Latest … News" sidebar.</summary>
public class SidebarTeaser
{
    public int Id { get; set; }

    /// <summary>The article whose seed captured this teaser.</summary>
    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    public required string SectionSlug { get; set; }

    /// <summary>When the capturing article was published: teasers are listed newest capture first.</summary>
    public DateTime CapturedUtc { get; set; }

    /// <summary>0-based order in the captured sidebar.</summary>
    public int Position { get; set; }

    public string? ImageAlt { get; set; }

    public required string Headline { get; set; }
}
