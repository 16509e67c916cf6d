using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Shared;

/// <summary>The "Latest … News" sidebar beside an article.</summary>
public sealed record LatestSidebar(string Section, string SectionSlug, IReadOnlyList<HeadlineItem> Items)
{
    public string Heading => Ingestion.LatestNews.HeadingFor(Section);

    public string SeeMoreUrl => ArticleUrls.Section(SectionSlug);
}
