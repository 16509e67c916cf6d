namespace NewsSite.Web.Data;

/// <summary>The site's URLs for articles and sections, in one place.</summary>
public static class ArticleUrls
{
    public static string Of(string sectionSlug, string slug) => $"/{sectionSlug}/{slug}";

    public static string Of(Article article) => Of(article.SectionSlug, article.Slug);

    public static string Section(string sectionSlug) => $"/{sectionSlug}";
}
