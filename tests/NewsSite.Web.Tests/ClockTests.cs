using AngleSharp;
using Microsoft.Extensions.Time.Testing;

namespace NewsSite.Web.Tests;

/// <summary>
/// Reader pages are cached until an import and revalidated by the import's ETag, so nothing in them
/// may depend on the time they were rendered: an article's age is left to the reader's browser.
/// </summary>
public sealed class ClockTests : IDisposable
{
    private const string ArticleUrl = "/world/harbour-reopens-after-the-storm";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2023, 1, 15, 12, 0, 0, TimeSpan.Zero));
    private readonly NewsSiteFactory _site;

    public ClockTests()
    {
        // Rendered afresh for every request, so what the clock changes would show.
        _site = new NewsSiteFactory { Clock = _clock, Settings = { ["Site:OutputCache"] = "false" } };
        _site.WriteSeed("001_harbour.txt", SeedText.Article("Harbour reopens after the storm", "15 January 2023, 11:59", paragraphs: ["The harbour reopened on Sunday."]));
    }

    public static TheoryData<string> ReaderUrls() =>
    [
        ArticleUrl, "/", "/world", "/search?q=harbour", "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/world/rss.xml",
        "/sitemap.xml", "/sitemaps/articles-1.xml", "/api/articles", "/api/articles" + ArticleUrl, "/api/sections/world/latest",
    ];

    [Theory]
    [MemberData(nameof(ReaderUrls))]
    public async Task ReaderPages_AreTheSameWhateverTheClockSays(string url)
    {
        var client = _site.CreateClient();
        var first = await client.GetStringAsync(url);

        _clock.Advance(TimeSpan.FromDays(400));
        var later = await client.GetStringAsync(url);

        Assert.Equal(first, later);
    }

    [Theory]
    [InlineData(ArticleUrl)]
    [InlineData("/")]
    [InlineData("/world")]
    [InlineData("/search?q=harbour")]
    public async Task Dates_AreAbsoluteInTheHtml_WithTheAgeLeftToAScriptFile(string url)
    {
        var client = _site.CreateClient();
        var html = await client.GetStringAsync(url);
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));

        var time = Assert.Single(page.QuerySelectorAll("main time[datetime='2023-01-15T11:59:00+00:00']"));
        Assert.Equal("15 January 2023, 11:59", time.TextContent);
        Assert.Empty(page.QuerySelectorAll(".age"));
        Assert.DoesNotContain("minute ago", html);

        // Script only from files, so a Content-Security-Policy without 'unsafe-inline' allows it.
        var scripts = page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json").ToList();
        var script = Assert.Single(scripts);
        Assert.True(script.HasAttribute("defer"));
        using var response = await client.GetAsync(script.GetAttribute("src"));
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _site.Dispose();
}
