using System.Text.Json.Nodes;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Pages.Articles;

/// <summary>
/// schema.org JSON-LD for an article page: the NewsArticle and its BreadcrumbList. The default
/// encoder escapes &lt; and &gt;, so seed text cannot close the script element.
/// </summary>
public static class ArticleStructuredData
{
    public static string Build(Article article, string siteName, Func<string, string> absolute)
    {
        var url = absolute(ArticleUrls.Of(article));
        JsonNode? author = article.Byline is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = article.Byline };
        var newsArticle = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Standfirst,
            ["datePublished"] = UkDates.Iso(article.PublishedUtc),
            ["dateModified"] = UkDates.Iso(article.ModifiedUtc ?? article.PublishedUtc),
            ["articleSection"] = article.Section,
            ["author"] = author,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = siteName, ["url"] = absolute("/") },
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            ["url"] = url,
            ["inLanguage"] = "en-GB",
        };

        // An absent standfirst or byline is left out rather than written as null.
        foreach (var empty in newsArticle.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            newsArticle.Remove(empty);
        }

        var graph = new JsonArray
        {
            newsArticle,
            new JsonObject
            {
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = new JsonArray
                {
                    Crumb(1, "Home", absolute("/")),
                    Crumb(2, article.Section, absolute(ArticleUrls.Section(article.SectionSlug))),
                    Crumb(3, article.Title, url),
                },
            },
        };
        return new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph }.ToJsonString();
    }

    private static JsonObject Crumb(int position, string name, string url) =>
        new() { ["@type"] = "ListItem", ["position"] = position, ["name"] = name, ["item"] = url };
}
