namespace NewsSite.Web.Data;

/// <summary>A section as the navigation and the home page show it.</summary>
public sealed record SectionLink(string Name, string Slug)
{
    public string Url => ArticleUrls.Section(Slug);
}
