namespace NewsSite.Ingestion;

/// <summary>An article as read from a seed, before it is stored.</summary>
/// <param name="Title">The headline.</param>
/// <param name="PublishedAt">The publish time with its Europe/London offset.</param>
/// <param name="Section">The section named by the sidebar heading, e.g. "World"; null without a sidebar.</param>
/// <param name="Byline">The name after "By "; null without a byline.</param>
/// <param name="LeadImage">The figure under the headline, if any.</param>
/// <param name="Standfirst">The first paragraph: the summary under the headline.</param>
/// <param name="Body">Paragraphs and inline figures in reading order, without the standfirst.</param>
/// <param name="Latest">The page's "Latest … News" sidebar, if any.</param>
public sealed record ArticleDraft(
    string Title,
    DateTimeOffset PublishedAt,
    string? Section,
    string? Byline,
    Figure? LeadImage,
    string? Standfirst,
    IReadOnlyList<BodyBlock> Body,
    LatestNews? Latest);
