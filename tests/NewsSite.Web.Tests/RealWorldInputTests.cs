using System.Net;
using System.Xml.Linq;
using NewsSite.Ingestion;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

/// <summary>Seeds captured from real pages, imported and read back as readers and feed readers see them.</summary>
public sealed class RealWorldInputTests : IDisposable
{
    private readonly NewsSiteFactory _site = new();

    // Started before the tests write their seeds, so its own start-up import has run and each test's import adds them.
    public RealWorldInputTests() => _site.CreateClient().Dispose();

    [Fact]
    public async Task FeedsAndNewsSitemap_WithArticlesHoldingControlAndNonCharacters_AreWellFormedXml()
    {
        // Published an hour ago, so that the news sitemap (the last two days) lists them too.
        var recent = DateTimeOffset.UtcNow.AddHours(-1);
        _site.WriteSeed("04a.html", Fixture("04a_feed-control-char-entity.html").Replace("2021-05-03T10:00:00+01:00", ArticleJson.FormatInstant(recent), StringComparison.Ordinal));
        _site.WriteSeed("04c.txt", Fixture("04c_feed-nonchar-standfirst.txt").Replace("3 May 2021, 12:00", SeedDate.Format(recent), StringComparison.Ordinal));
        var report = await _site.ImportAsync();
        Assert.Equal(2, report.Files.Count(f => f.File is "04a.html" or "04c.txt" && f.Outcome == ImportOutcome.Added));

        var client = _site.CreateClient();
        foreach (var url in new[] { "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/world/rss.xml", "/sitemap.xml", "/sitemaps/articles-1.xml", "/sitemaps/news.xml" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            XDocument.Parse(await response.Content.ReadAsStringAsync());
        }

        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/rss.xml"));
        var news = XDocument.Parse(await client.GetStringAsync("/sitemaps/news.xml"));
        Assert.Contains("Storm closes coastal road for repairs", rss.Descendants("title").Select(t => t.Value));
        Assert.Contains("The pier café has won a regional award.", rss.Descendants("description").Select(d => d.Value));
        Assert.Equal(
            ["Pier café wins award", "Storm closes coastal road for repairs"],
            news.Descendants(XName.Get("title", "http://www.google.com/schemas/sitemap-news/0.9")).Select(t => t.Value).Order());
    }

    [Fact]
    public async Task JsonLdHeadlineWithEntities_ShowsOnThePageInTheFeedAndInTheUrlAsText()
    {
        _site.WriteSeed("05.html", Fixture("05_jsonld-entities.html"));
        var report = await _site.ImportAsync();
        var url = report.Files.Single(f => f.File == "05.html").Url;

        var page = await _site.GetDocumentAsync(url!);
        var rss = XDocument.Parse(await _site.CreateClient().GetStringAsync("/feeds/rss.xml"));

        Assert.Equal("/world/rock-roll-museums-new-wing-opens", url);
        Assert.Equal("Rock & roll museum's new wing opens", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Rock & roll museum's new wing opens", rss.Descendants("title").Select(t => t.Value));
    }

    [Fact]
    public async Task ZeroWidthHeadline_FailsTheImportWithItsReasonAndLine()
    {
        _site.WriteSeed("16a.txt", Fixture("16a_zero-width-headline.txt"));

        var report = await _site.ImportAsync();

        var file = report.Files.Single(f => f.File == "16a.txt");
        Assert.Equal(ImportOutcome.Failed, file.Outcome);
        Assert.Equal("line 1: the headline has no visible characters (only spaces, zero-width or other invisible characters)", file.Error);
    }

    [Fact]
    public async Task MarkdownReferenceLinks_RenderAsLinks()
    {
        _site.WriteSeed("19.md", Fixture("19_markdown-reference-links.md"));
        var report = await _site.ImportAsync();
        var url = report.Files.Single(f => f.File == "19.md").Url;

        var page = await _site.GetDocumentAsync(url!);

        var body = page.QuerySelector(".article-body")!;
        var links = body.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("council website", "https://example.org/budget"), ("here", "/world/council-publishes-new-parking-rules")], links);
        Assert.DoesNotContain("[papers]", body.TextContent);
        Assert.DoesNotContain("https://example.org/budget", body.TextContent);
    }

    public void Dispose() => _site.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(TestPaths.Fixtures, "input-kinds", name));
}
