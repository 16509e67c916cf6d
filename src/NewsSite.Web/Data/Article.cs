namespace NewsSite.Web.Data;

/// <summary>An article as stored: everything its seed holds, plus where it came from.</summary>
public class Article
{
    public int Id { get; set; }

    /// <summary>The headline part of the URL; kept when the seed changes so links stay good.</summary>
    public required string Slug { get; set; }

    /// <summary>The section as named by the seed, e.g. "World".</summary>
    public required string Section { get; set; }

    /// <summary>The section part of the URL, e.g. "world".</summary>
    public required string SectionSlug { get; set; }

    /// <summary>
    /// The path the article was first published at, e.g. "/world/minister-visits-flood-hit-villages":
    /// its feed GUID for the life of its seed, never changed, even when a new section moves its URL.
    /// </summary>
    public required string FirstPath { get; set; }

    public required string Title { get; set; }

    public string? Standfirst { get; set; }

    public string? Byline { get; set; }

    /// <summary>The publish instant in UTC, so SQL can sort it; shown in UK time.</summary>
    public DateTime PublishedUtc { get; set; }

    public FigureData? LeadImage { get; set; }

    /// <summary>Paragraphs and inline figures by <see cref="ArticleBlock.Position"/>.</summary>
    public List<ArticleBlock> Blocks { get; set; } = [];

    /// <summary>The "Latest … News" teasers captured with this article's seed.</summary>
    public List<SidebarTeaser> Teasers { get; set; } = [];

    /// <summary>The seed's file name within the seeds folder: the article's identity across imports.</summary>
    public required string SourceFile { get; set; }

    /// <summary>SHA-256 of the seed's bytes in hex with the reading rules' version ("…/r2"): an unchanged file read by the same rules is skipped.</summary>
    public required string ContentHash { get; set; }

    public DateTime ImportedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Set when its seed left the seeds folder: readers get 410 Gone until the file returns.</summary>
    public DateTime? WithdrawnUtc { get; set; }

    /// <summary>When a re-import last changed the article; null while it is as first imported.</summary>
    public DateTime? ModifiedUtc => UpdatedUtc > ImportedUtc ? UpdatedUtc : null;
}
