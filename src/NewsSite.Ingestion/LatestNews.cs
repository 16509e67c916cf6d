namespace NewsSite.Ingestion;

/// <summary>The "Latest World News" teaser list captured with the page.</summary>
/// <param name="Heading">The heading as captured, e.g. "Latest World News".</param>
/// <param name="Section">The section the heading names, e.g. "World".</param>
/// <param name="Items">The teasers in the order the page showed them.</param>
public sealed record LatestNews(string Heading, string Section, IReadOnlyList<Teaser> Items)
{
    /// <summary>The sidebar heading of a section: "World" → "Latest World News".</summary>
    public static string HeadingFor(string section) => $"Latest {section} News";
}

/// <summary>One teaser: its image's description and its headline.</summary>
public sealed record Teaser(string? ImageAlt, string Headline);
