using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

/// <summary>Article and section URLs as readers and feed readers meet them: readable in any script, never shared, stable for the life of a seed.</summary>
public sealed class ArticleUrlTests : IDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ArticleUrlTests() => _site.CreateClient(); // starts the host: migrations and the start-up import

    [Fact]
    public async Task NonLatinSections_GetTransliteratedSlugsAndListOnlyTheirOwnArticles()
    {
        CopyFixture("13a_section-cyrillic.txt");
        CopyFixture("13b_section-greek.txt");

        var report = await _site.ImportAsync();

        Assert.Equal("/mir/snow-closes-mountain-pass", UrlOf(report, "13a_section-cyrillic.txt"));
        Assert.Equal("/kosmos/ferry-strike-called-off", UrlOf(report, "13b_section-greek.txt"));
        Assert.Equal(["Snow closes mountain pass"], await HeadlinesAsync("/mir"));
        Assert.Equal(["Ferry strike called off"], await HeadlinesAsync("/kosmos"));
        Assert.Equal("Latest Мир News", (await _site.GetDocumentAsync("/mir")).QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task NonLatinHeadlines_GetTransliteratedSlugsOfTheirOwn()
    {
        _site.WriteSeed("ru.txt", SeedText.Article("Снег закрыл горный перевал"));
        _site.WriteSeed("el.txt", SeedText.Article("Η απεργία στα πλοία ακυρώθηκε"));

        var report = await _site.ImportAsync();

        Assert.Equal("/world/sneg-zakryl-gornyy-pereval", UrlOf(report, "ru.txt"));
        Assert.Equal("/world/i-apergia-sta-ploia-akyrothike", UrlOf(report, "el.txt"));
        Assert.Equal("Снег закрыл горный перевал", (await _site.GetDocumentAsync(UrlOf(report, "ru.txt"))).QuerySelector("h1")?.TextContent);
        Assert.Equal("Η απεργία στα πλοία ακυρώθηκε", (await _site.GetDocumentAsync(UrlOf(report, "el.txt"))).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task SectionNamesWithTheSameSlug_GetDistinctSlugsThatStayAcrossImports()
    {
        _site.WriteSeed("b.txt", SeedText.Article("Cyrillic section story", section: "Мир"));
        var first = await _site.ImportAsync();
        _site.WriteSeed("a.txt", SeedText.Article("Latin section story", section: "Mir"));
        _site.WriteSeed("c.txt", SeedText.Article("Same section, other case", section: "mir"));

        var second = await _site.ImportAsync();
        _site.WriteSeed("b.txt", SeedText.Article("Cyrillic section story, updated", section: "Мир"));
        var third = await _site.ImportAsync();

        Assert.Equal("/mir/cyrillic-section-story", UrlOf(first, "b.txt"));
        Assert.Equal("/mir-2/latin-section-story", UrlOf(second, "a.txt"));
        Assert.Equal("/mir-2/same-section-other-case", UrlOf(second, "c.txt"));
        Assert.Equal("/mir/cyrillic-section-story", UrlOf(third, "b.txt"));
        Assert.Equal(["Cyrillic section story, updated"], await HeadlinesAsync("/mir"));
        Assert.Equal(["Latin section story", "Same section, other case"], (await HeadlinesAsync("/mir-2")).Order());
    }

    [Fact]
    public async Task ChangedSection_MovesTheArticleAndItsOldUrlRedirectsWhileItsFeedGuidStays()
    {
        var seed = CopyFixture("17a_permalink-before.txt");
        var before = UrlOf(await _site.ImportAsync(), "17a_permalink-before.txt");
        var guidBefore = await FeedGuidAsync("/feeds/rss.xml", "Minister visits flood-hit villages");

        File.Copy(Path.Combine(TestPaths.Fixtures, "input-kinds", "17b_permalink-after.txt"), seed, overwrite: true);
        var report = await _site.ImportAsync();

        var after = UrlOf(report, "17a_permalink-before.txt");
        Assert.Equal(ImportOutcome.Updated, report.Files.Single(f => f.File == "17a_permalink-before.txt").Outcome);
        Assert.Equal("/world/minister-visits-flood-hit-villages", before);
        Assert.Equal("/politics/minister-visits-flood-hit-villages-in-the-north", after);
        using var redirect = await _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(before);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(after, redirect.Headers.Location?.OriginalString);
        Assert.Equal("Minister visits flood-hit villages in the north", (await _site.GetDocumentAsync(before)).QuerySelector("h1")?.TextContent);
        Assert.Equal("http://localhost" + before, guidBefore);
        Assert.Equal(guidBefore, await FeedGuidAsync("/feeds/rss.xml", "Minister visits flood-hit villages in the north"));
        Assert.Equal(guidBefore, await FeedGuidAsync("/feeds/politics/rss.xml", "Minister visits flood-hit villages in the north"));
        Assert.Equal(["Minister visits flood-hit villages in the north"], await HeadlinesAsync("/politics"));
    }

    [Fact]
    public async Task ArticleMovedBackToItsFirstSection_TakesItsFirstUrlAgain()
    {
        var seed = CopyFixture("17a_permalink-before.txt");
        await _site.ImportAsync();
        File.Copy(Path.Combine(TestPaths.Fixtures, "input-kinds", "17b_permalink-after.txt"), seed, overwrite: true);
        await _site.ImportAsync();

        File.Copy(Path.Combine(TestPaths.Fixtures, "input-kinds", "17a_permalink-before.txt"), seed, overwrite: true);
        var report = await _site.ImportAsync();

        Assert.Equal("/world/minister-visits-flood-hit-villages", UrlOf(report, "17a_permalink-before.txt"));
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/world/minister-visits-flood-hit-villages")).StatusCode);
        using var redirect = await client.GetAsync("/politics/minister-visits-flood-hit-villages-in-the-north");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/world/minister-visits-flood-hit-villages", redirect.Headers.Location?.OriginalString);
    }

    public void Dispose() => _site.Dispose();

    private static string UrlOf(ImportReport report, string file) => report.Files.Single(f => f.File == file).Url!;

    private string CopyFixture(string name)
    {
        var path = Path.Combine(_site.SeedsFolder, name);
        File.Copy(Path.Combine(TestPaths.Fixtures, "input-kinds", name), path);
        return path;
    }

    private async Task<List<string>> HeadlinesAsync(string sectionUrl) =>
        [.. (await _site.GetDocumentAsync(sectionUrl)).QuerySelectorAll(".headline a").Select(a => a.TextContent.Trim())];

    private async Task<string?> FeedGuidAsync(string feed, string title)
    {
        var rss = XDocument.Parse(await _site.CreateClient().GetStringAsync(feed));
        var items = rss.Descendants("item").Where(i => i.Element("title")?.Value == title).ToList();
        return Assert.Single(items).Element("guid")?.Value;
    }
}
