namespace NewsSite.Web.Data;

/// <summary>An article as it was before an import changed it, kept as seed text so nothing is lost.</summary>
public class ArticleRevision
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>When this version was replaced.</summary>
    public DateTime ReplacedUtc { get; set; }

    /// <summary>The import that replaced it.</summary>
    public int? ImportRunId { get; set; }

    /// <summary>The hash of the seed this version came from.</summary>
    public required string ContentHash { get; set; }

    /// <summary>This version, written back as a seed (see <c>SeedWriter</c>).</summary>
    public required string SeedText { get; set; }
}
