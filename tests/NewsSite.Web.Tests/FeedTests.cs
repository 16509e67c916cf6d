using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;

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
    public async Task NewsSitemap_ListsOnlyTheLastTwoDays_AsTheClockMoves()
    {
        // UK time is UTC in January: the first article is 47 hours old, the second 49.
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 1, 15, 12, 0, 0, TimeSpan.Zero));
        using var other = new NewsSiteFactory { Clock = clock };
        other.WriteSeed("001_inside.txt", SeedText.Article("Harbour reopens after the storm", "13 January 2023, 13:00"));
        other.WriteSeed("002_outside.txt", SeedText.Article("Storm closes the harbour", "13 January 2023, 11:00"));
        var client = other.CreateClient();

        using var first = await client.GetAsync("/sitemaps/news.xml");
        Assert.Equal(["Harbour reopens after the storm"], NewsTitles(await first.Content.ReadAsStringAsync()));
        Assert.Equal("http://www.google.com/schemas/sitemap-news/0.9", XDocument.Parse(await first.Content.ReadAsStringAsync()).Root?.GetNamespaceOfPrefix("news")?.NamespaceName);

        // Two hours on, with no import, the first article has left the window too: served and revalidated.
        clock.Advance(TimeSpan.FromHours(2));
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/sitemaps/news.xml") { Headers = { IfNoneMatch = { first.Headers.ETag! } } };
        using var later = await client.SendAsync(revalidation);
        Assert.Equal(System.Net.HttpStatusCode.OK, later.StatusCode);
        Assert.Empty(NewsTitles(await later.Content.ReadAsStringAsync()));
        Assert.Empty(NewsTitles(await client.GetStringAsync("/sitemaps/news.xml")));

        // Until the content changes again, a revalidation is answered 304.
        using var unchanged = new HttpRequestMessage(HttpMethod.Get, "/sitemaps/news.xml") { Headers = { IfNoneMatch = { later.Headers.ETag! } } };
        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await client.SendAsync(unchanged)).StatusCode);
    }

    private static List<string> NewsTitles(string xml) =>
        [.. XDocument.Parse(xml).Descendants(XName.Get("title", "http://www.google.com/schemas/sitemap-news/0.9")).Select(t => t.Value)];

    [Fact]
    public async Task RssDescription_SeedTextThatLooksLikeMarkup_ReachesAFeedReaderAsText()
    {
        using var other = new NewsSiteFactory();
        other.WriteSeed("001_markup.txt", SeedText.Article("Markup in the standfirst", paragraphs: ["<svg onload=alert(1)>", "A body paragraph."]));
        var xml = XDocument.Parse(await other.CreateClient().GetStringAsync("/feeds/rss.xml"));

        // A feed reader takes an RSS description as HTML.
        var description = xml.Descendants("item").Single(i => i.Element("title")?.Value == "Markup in the standfirst").Element("description")!.Value;
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + description + "</body>").Body!;

        Assert.Empty(shown.QuerySelectorAll("svg, script, [onload]"));
        Assert.Equal("<svg onload=alert(1)>", shown.TextContent);
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
