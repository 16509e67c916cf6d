using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace NewsSite.Web.Tests;

/// <summary>
/// Only a reader page's canonical address enters the output cache: junk addresses (query keys the
/// page does not read, pages and articles that do not exist, made-up encodings) write no entry, so
/// however many arrive they cannot push real pages out.
/// </summary>
public sealed class CacheFloodingTests : IDisposable
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
    private readonly RecordingOutputCacheStore _cache = new();
    private readonly NewsSiteFactory _site;

    public CacheFloodingTests()
    {
        _site = new NewsSiteFactory { TestServices = services => services.AddSingleton<IOutputCacheStore>(_cache) };
    }

    [Fact]
    public async Task ThousandJunkAddresses_WriteNoCacheEntry_AndTheRealPageStaysCached()
    {
        using var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var junk = Enumerable.Range(1, 250)
            .SelectMany(i => new[] { $"/world?x={i}", $"/world?q=junk{i}", $"/sitemaps/articles-{9998 + i}.xml", $"/world/no-such-article-{i}" })
            .ToList();

        var before = await StatusesAsync(client, junk[..500]);
        Assert.Empty(_cache.Stored);
        using (var real = await client.GetAsync("/world"))
        {
            Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        }

        var stored = Assert.Single(_cache.Stored);
        var after = await StatusesAsync(client, junk[500..]);
        using var again = await client.GetAsync("/world");

        Assert.Equal(1000, junk.Distinct().Count());
        Assert.Equal([stored], _cache.Stored); // no junk entry, and the second /world was served from the cache
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.All(before.Concat(after).Where(a => a.Url.StartsWith("/world?", StringComparison.Ordinal)), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(before.Concat(after).Where(a => !a.Url.StartsWith("/world?", StringComparison.Ordinal)), a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
    }

    [Theory]
    [InlineData("/?utm_source=newsletter")]
    [InlineData(ArticleUrl + "?ref=twitter")]
    [InlineData("/world?page=2&x=1")]
    [InlineData("/api/articles?section=world&sort=new")]
    [InlineData("/api/articles/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia?x=1")]
    [InlineData("/feeds/rss.xml?v=2")]
    [InlineData("/sitemap.xml?lang=en")]
    public async Task AnyReaderAddress_WithAQueryKeyItDoesNotRead_IsServedButNotCached(string address)
    {
        using var response = await _site.CreateClient().GetAsync(address);

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(_cache.Stored);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(ArticleUrl)]
    [InlineData("/api/articles?section=world&page=1")]
    [InlineData("/feeds/rss.xml")]
    public async Task CanonicalAddresses_AreCached(string address)
    {
        using var response = await _site.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_cache.Stored);
    }

    [Fact]
    public async Task MadeUpAcceptEncodings_ShareThePlainEntry()
    {
        using var client = _site.CreateClient();
        (await client.GetAsync("/world")).Dispose();
        for (var i = 0; i < 200; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/world") { Headers = { AcceptEncoding = { new StringWithQualityHeaderValue($"x-junk-{i}") } } };
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(response.Content.Headers.ContentEncoding);
        }

        using var brotli = new HttpRequestMessage(HttpMethod.Get, "/world") { Headers = { AcceptEncoding = { new StringWithQualityHeaderValue("br"), new StringWithQualityHeaderValue("x-junk") } } };
        using var compressed = await client.SendAsync(brotli);

        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(2, _cache.Stored.Count); // the plain page and the Brotli one
    }

    [Fact]
    public async Task MadeUpHostNames_WithAPublicAddressSet_ShareOneEntry()
    {
        using var site = new NewsSiteFactory { Settings = { ["Site:PublicUrl"] = "https://news.example.org" }, TestServices = services => services.AddSingleton<IOutputCacheStore>(_cache) };
        using var client = site.CreateClient();
        for (var i = 0; i < 100; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/world") { Headers = { Host = $"junk-{i}.example" } };
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("https://news.example.org/world", await response.Content.ReadAsStringAsync());
        }

        Assert.Single(_cache.Stored);
    }

    public void Dispose() => _site.Dispose();

    private static async Task<List<(string Url, HttpStatusCode Status)>> StatusesAsync(HttpClient client, IEnumerable<string> urls)
    {
        var answers = new List<(string, HttpStatusCode)>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            answers.Add((url, response.StatusCode));
        }

        return answers;
    }
}
