using System.Text.Json;
using System.Xml.Linq;

namespace NewsSite.Web.Tests;

public class FeedTests(NewsSiteFactory site) : IClassFixture<NewsSiteFactory>
{
    private const string Headline = "China and North Korea loom as top US officials head to Asia";

    // Reads a feed with feedparser and prints what a feed reader would see.
    private const string ReadFeed = """
        import feedparser, json, sys
        d = feedparser.parse(sys.stdin.read())
        e = d.entries[0]
        print(json.dumps({"bozo": bool(d.bozo), "count": len(d.entries), "title": e.title, "link": e.link,
            "published": e.get("published"), "author": e.get("author"), "summary": e.get("summary"),
            "tags": [t.term for t in e.get("tags", [])], "feedTitle": d.feed.get("title")}))
        """;

    [ToolFact(ExternalTool.Python, ExternalTool.FeedParser)]
    public async Task Feeds_ParseInAFeedReaderWithEveryField()
    {
        foreach (var url in new[] { "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/world/rss.xml", "/feeds/world/atom.xml" })
        {
            var xml = await site.CreateClient().GetStringAsync(url);

            var (exit, output) = await ExternalTool.RunAsync(xml, ExternalTool.Python, "-c", ReadFeed);

            Assert.True(exit == 0, output);
            var entry = JsonDocument.Parse(output).RootElement;
            Assert.False(entry.GetProperty("bozo").GetBoolean(), url);
            Assert.Equal(Headline, entry.GetProperty("title").GetString());
            Assert.Equal("http://localhost/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia", entry.GetProperty("link").GetString());
            Assert.Contains("2021", entry.GetProperty("published").GetString());
            Assert.Equal("Press Association", entry.GetProperty("author").GetString());
            Assert.StartsWith("US secretary of state Antony Blinken", entry.GetProperty("summary").GetString());
            Assert.Equal(["World"], entry.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }
    }

    [ToolFact(ExternalTool.Xmllint)]
    public async Task FeedsAndSitemaps_AreWellFormedXml()
    {
        foreach (var url in new[] { "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/world/rss.xml", "/sitemap.xml", "/sitemaps/articles-1.xml", "/sitemaps/news.xml" })
        {
            var xml = await site.CreateClient().GetStringAsync(url);

            var (exit, output) = await ExternalTool.RunAsync(xml, ExternalTool.Xmllint, "--noout", "-");

            Assert.True(exit == 0, $"{url}: {output}");
        }
    }

    [Fact]
    public async Task Sitemap_ListsEveryArticleWithLastmodAndRobotsPointsAtIt()
    {
        var client = site.CreateClient();
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var parts = index.Descendants(sitemap + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        var articles = XDocument.Parse(await client.GetStringAsync("/sitemaps/articles-1.xml"));
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Equal(["/sitemaps/articles-1.xml", "/sitemaps/news.xml"], parts);
        var url = Assert.Single(articles.Descendants(sitemap + "url"));
        Assert.Equal("http://localhost/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia", url.Element(sitemap + "loc")?.Value);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", url.Element(sitemap + "lastmod")?.Value);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /admin", robots);
    }

    [Fact]
    public async Task NewsSitemap_ListsOnlyTheLastTwoDays()
    {
        var news = XDocument.Parse(await site.CreateClient().GetStringAsync("/sitemaps/news.xml"));

        Assert.Empty(news.Descendants(XName.Get("url", "http://www.sitemaps.org/schemas/sitemap/0.9"))); // the seed is from 2021
        Assert.Equal("http://www.google.com/schemas/sitemap-news/0.9", news.Root?.GetNamespaceOfPrefix("news")?.NamespaceName);
    }

    [Fact]
    public async Task Pages_LinkTheirFeeds()
    {
        var home = await site.GetDocumentAsync("/");
        var article = await site.GetDocumentAsync("/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia");

        Assert.Contains(home.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/feeds/rss.xml");
        Assert.Contains(home.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/feeds/atom.xml");
        Assert.Contains(article.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/feeds/world/rss.xml");
    }

    [Fact]
    public async Task SectionFeed_UnknownSection_IsNotFound()
    {
        using var response = await site.CreateClient().GetAsync("/feeds/nowhere/rss.xml");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
