using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace NewsSite.Web.Tests;

public class MetadataTests(NewsSiteFactory site) : IClassFixture<NewsSiteFactory>
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";

    [Fact]
    public async Task Pages_HaveEnglishGbLanguageAndUniqueTitles()
    {
        (string Url, HttpStatusCode Status)[] pages = [("/", HttpStatusCode.OK), (ArticleUrl, HttpStatusCode.OK), ("/world", HttpStatusCode.OK), ("/world/missing", HttpStatusCode.NotFound)];
        var titles = new List<string>();
        foreach (var (url, status) in pages)
        {
            var page = await site.GetDocumentAsync(url, status);
            Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
            titles.Add(page.Title!);
        }

        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Fact]
    public async Task Article_HasDescriptionCanonicalOpenGraphAndTwitterTags()
    {
        var page = await site.GetDocumentAsync(ArticleUrl);
        var standfirst = page.QuerySelector(".standfirst")!.TextContent;

        Assert.Equal(standfirst, Meta(page, "name", "description"));
        Assert.Equal("http://localhost" + ArticleUrl, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(page.QuerySelector("h1")!.TextContent, Meta(page, "property", "og:title"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal("http://localhost" + ArticleUrl, Meta(page, "property", "og:url"));
        Assert.Equal(standfirst, Meta(page, "property", "og:description"));
        Assert.Equal("2021-03-14T09:34:00+00:00", Meta(page, "property", "article:published_time"));
        Assert.Equal("World", Meta(page, "property", "article:section"));
        Assert.Equal("Press Association", Meta(page, "property", "article:author"));
        Assert.Equal("summary", Meta(page, "name", "twitter:card"));
    }

    [Fact]
    public async Task Article_JsonLdParsesAndAgreesWithTheVisiblePage()
    {
        var page = await site.GetDocumentAsync(ArticleUrl);

        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var article = graph.Single(n => n.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal(page.QuerySelector("h1")!.TextContent, article.GetProperty("headline").GetString());
        Assert.Equal(page.QuerySelector("article time")!.GetAttribute("datetime"), article.GetProperty("datePublished").GetString());
        Assert.Equal("2021-03-14T09:34:00+00:00", article.GetProperty("dateModified").GetString());
        Assert.Equal(page.QuerySelector(".byline-name")!.TextContent, article.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("World", article.GetProperty("articleSection").GetString());
        Assert.Equal(page.QuerySelector(".standfirst")!.TextContent, article.GetProperty("description").GetString());
        Assert.Equal("NewsSite", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("http://localhost" + ArticleUrl, article.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        var crumbs = graph.Single(n => n.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().Select(c => c.GetProperty("name").GetString());
        Assert.Equal(["Home", "World", page.QuerySelector("h1")!.TextContent], crumbs);
    }

    [Fact]
    public async Task Article_ShowsBreadcrumbsReadingTimeAndTheDateWithItsAge()
    {
        var page = await site.GetDocumentAsync(ArticleUrl);

        Assert.Equal(["Home", "World"], page.QuerySelectorAll("nav[aria-label=Breadcrumb] a").Select(a => a.TextContent));
        Assert.Equal("3 min read", page.QuerySelector(".reading-time")?.TextContent);
        Assert.Equal("14 March 2021, 09:34", page.QuerySelector(".article-meta time")?.TextContent);
        Assert.Equal("2021-03-14T09:34:00+00:00", page.QuerySelector(".article-meta time")?.GetAttribute("datetime"));
        Assert.NotNull(page.QuerySelector(".article-meta time[data-age]")); // its age is shown by the reader's clock (wwwroot/js)
    }

    [Fact]
    public async Task Assets_StylesheetFaviconAndManifestAreServed()
    {
        var page = await site.GetDocumentAsync("/");
        var client = site.CreateClient();

        foreach (var (selector, type) in new[] { ("link[rel=stylesheet]", "text/css"), ("link[rel=icon]", "image/svg+xml"), ("link[rel=manifest]", "application/manifest+json") })
        {
            var href = page.QuerySelector(selector)!.GetAttribute("href")!;
            using var response = await client.GetAsync(href);
            Assert.True(response.IsSuccessStatusCode, href);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");
}
