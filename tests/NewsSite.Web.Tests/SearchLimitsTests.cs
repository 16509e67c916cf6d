using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using NewsSite.Web.Pages.Search;

namespace NewsSite.Web.Tests;

/// <summary>
/// What readers may ask of search, one at a time or many together: a query asking too much is
/// refused before the store is asked, a broad search is not ranked, a repeated search is served from
/// the cache, each client has a rate limit, a slow statement is stopped, and only so many run at once.
/// </summary>
public sealed class SearchLimitsTests : IDisposable
{
    private readonly List<NewsSiteFactory> _sites = [];

    [Theory]
    [InlineData("a* OR b* OR c* OR d* OR e* OR f* OR g* OR h* OR i* OR j* OR k* OR l* OR m* OR n* OR o* OR p* OR q* OR r* OR s* OR t* OR u* OR v* OR w* OR x* OR y* OR z*", "a prefix needs at least 3 letters before the *")]
    [InlineData("Pyo* Kor* Bid*", "3 words ending in *")]
    [InlineData("the of and to in on at", "looks for 7 words or phrases")]
    public async Task HostileQuery_IsRefusedWithTheReasonBeforeTheStoreIsAsked(string query, string reason)
    {
        var site = Site();
        site.CreateClient();
        site.QueryLog = [];

        var page = await site.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.StartsWith("That search was not run: ", page.QuerySelector("[role=alert]")?.TextContent);
        Assert.Contains(reason, page.QuerySelector("[role=alert]")?.TextContent);
        Assert.Empty(page.QuerySelectorAll(".headline-item"));
        Assert.DoesNotContain(site.QueryLog, c => c.Sql.Contains("ArticleSearch", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3, "/world/harbour-harbour-harbour", null)] // ranked: the headline that says it most comes first
    [InlineData(2, "/world/harbour-wall-reopens", "3 articles found. More than 2 match, so the newest come first.")]
    public async Task Search_WithMoreMatchesThanAreRanked_ListsThemNewestFirst(int rankedMatches, string first, string? count)
    {
        var site = Site(("Search:RankedMatches", rankedMatches.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        site.WriteSeed("harbour-1.txt", SeedText.Article("Harbour harbour harbour", "1 June 2021, 10:00", paragraphs: "The harbour, the harbour and the harbour again."));
        site.WriteSeed("harbour-2.txt", SeedText.Article("Harbour wall repaired", "1 June 2022, 10:00"));
        site.WriteSeed("harbour-3.txt", SeedText.Article("Harbour wall reopens", "1 June 2023, 10:00"));
        await site.ImportAsync();

        var page = await site.GetDocumentAsync("/search?q=harbour");

        Assert.Equal(count ?? "3 articles found.", page.QuerySelector(".search-count")?.TextContent);
        Assert.Equal(first, page.QuerySelector(".headline-item a")?.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll(".search-snippet"), snippet => Assert.Contains("harbour", snippet.QuerySelector("mark")?.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RepeatedSearch_IsServedFromTheCacheUntilAnImportChangesTheContent()
    {
        var site = Site();
        var client = site.CreateClient();
        site.QueryLog = [];

        using var first = await client.GetAsync("/search?q=Pyongyang");
        var searchedFirst = SearchStatements(site);
        using var again = await client.GetAsync("/search?q=Pyongyang");
        var searchedAgain = SearchStatements(site) - searchedFirst;
        site.WriteSeed("harbour.txt", SeedText.Article("Harbour wall repaired"));
        await site.ImportAsync();
        using var afterImport = await client.GetAsync("/search?q=Pyongyang");
        var searchedAfterImport = SearchStatements(site) - searchedFirst - searchedAgain;

        Assert.True(searchedFirst > 0);
        Assert.Equal(0, searchedAgain);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.True(searchedAfterImport > 0);
    }

    [Fact]
    public async Task Searches_OverTheLimitPerClient_Get429WithRetryAfterAndAPageSayingWhy()
    {
        var site = Site(("Search:SearchesPerMinute", "3"));
        var client = site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var query in new[] { "Pyongyang", "Biden", "Pyongyang", "Korea" })
        {
            using var response = await client.GetAsync("/search?q=" + query);
            statuses.Add(response.StatusCode);
        }

        using var refused = await client.GetAsync("/search?q=Japan");
        var page = await Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("Too many searches", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("searched 3 times in the last minute", page.QuerySelector("p")?.TextContent);

        // Other pages, and the search page without a query, are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia")).StatusCode);
    }

    [Theory]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")] // the same subscriber's other address
    public void RateLimit_CountsAnIpv6ClientByItsNetwork(string address, string client)
    {
        Assert.Equal(client, SearchRateLimit.ClientOf(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task Search_RunningPastTheTimeout_IsStoppedAndTheReaderTold()
    {
        var site = Site(("Search:Timeout", "00:00:00.2"));
        var client = site.CreateClient();
        site.SlowSearches = true;

        using var response = await client.GetAsync("/search?q=Pyongyang");

        var page = await Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("That search took too long, so it was stopped. Try fewer or less common words, or a phrase in double quotes.", page.QuerySelector("[role=alert]")?.TextContent);
    }

    [Fact]
    public async Task Searches_BeyondThoseTheStoreMayRunAtOnce_AreTurnedAwayAtOnce()
    {
        var site = Site(("Search:ConcurrentSearches", "1"), ("Search:QueuedSearches", "0"), ("Search:Timeout", "00:00:03"));
        var client = site.CreateClient();
        site.QueryLog = [];
        site.SlowSearches = true;

        var running = client.GetAsync("/search?q=Pyongyang");
        while (SearchStatements(site) == 0 && !running.IsCompleted)
        {
            await Task.Delay(10); // until the first search is in the store
        }

        using var turnedAway = await client.GetAsync("/search?q=Biden");
        using var stopped = await running;

        var page = await Parse(await turnedAway.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, turnedAway.StatusCode);
        Assert.NotNull(turnedAway.Headers.RetryAfter);
        Assert.Equal("Search is busy", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Too many searches are running right now. Please try again in a moment.", page.QuerySelector("p")?.TextContent);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode); // the slow one, stopped by the timeout
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }
    }

    private NewsSiteFactory Site(params (string Key, string Value)[] settings)
    {
        var site = new NewsSiteFactory();
        foreach (var (key, value) in settings)
        {
            site.Settings[key] = value;
        }

        _sites.Add(site);
        return site;
    }

    private static int SearchStatements(NewsSiteFactory site)
    {
        lock (site)
        {
            return site.QueryLog!.Count(c => c.Sql.Contains("ArticleSearch", StringComparison.Ordinal));
        }
    }

    private static Task<IDocument> Parse(string html) => BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
}
