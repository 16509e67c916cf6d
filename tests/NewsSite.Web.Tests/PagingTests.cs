using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace NewsSite.Web.Tests;

/// <summary>The paging rule of every paged address: a page below 1, past the end or not a number is 404, never another page, and never cached.</summary>
public sealed class PagingTests : IClassFixture<PagingTests.Site>
{
    private readonly Site _site;

    public PagingTests(Site site)
    {
        _site = site;
        _site.Cache.Stored.Clear();
    }

    [Fact]
    public async Task OverflowingAndNegativePages_AreNotFoundAndFillNoCache()
    {
        var addresses = File.ReadAllLines(Path.Combine(TestPaths.Fixtures, "input-kinds", "10_pagination-overflow-urls.txt")).Where(l => l.StartsWith('/')).ToList();
        using var client = _site.Factory.CreateClient();

        var answers = new List<string>();
        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(address);
            answers.Add($"{address} {(int)response.StatusCode}");
        }

        Assert.Equal(13, addresses.Count);
        Assert.Equal(addresses.Select(a => a + " 404"), answers);
        Assert.Empty(_site.Cache.Stored);
    }

    [Theory]
    [InlineData("/world?page=abc")]
    [InlineData("/world?page=01")]
    [InlineData("/world?page=+2")]
    [InlineData("/world?page=4")]
    [InlineData("/world?page=2&page=2")]
    [InlineData("/sitemaps/articles-01.xml")]
    [InlineData("/sitemaps/articles-x.xml")]
    [InlineData("/search?q=korea&page=2")]
    [InlineData("/search?q=korea&page=0")]
    [InlineData("/api/articles?page=3")]
    [InlineData("/api/articles?page=0")]
    [InlineData("/api/articles?page=1&page=1")]
    [InlineData("/api/articles?section=world&page=-2147483648")]
    public async Task PagesThatDoNotExist_AreNotFoundAndFillNoCache(string address)
    {
        using var response = await _site.Factory.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_site.Cache.Stored);
    }

    [Fact]
    public async Task LastPages_AreServed()
    {
        using var client = _site.Factory.CreateClient();

        var list = await _site.Factory.GetDocumentAsync("/world?page=3");
        var api = JsonNode.Parse(await client.GetStringAsync("/api/articles?page=2"))!;
        using var sitemap = await client.GetAsync("/sitemaps/articles-1.xml");

        Assert.NotEmpty(list.QuerySelectorAll(".headline"));
        Assert.Null(list.QuerySelector("a[rel=next]"));
        Assert.Equal(Site.Articles - 20, api["items"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, sitemap.StatusCode);
        Assert.Equal(Site.Articles, (await sitemap.Content.ReadAsStringAsync()).Split("<url>").Length - 1);
        Assert.NotEmpty(_site.Cache.Stored);
    }

    [Fact]
    public async Task ExplicitFirstPage_RedirectsToTheListsOneAddress()
    {
        using var client = _site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/world?page=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/world", response.Headers.Location?.OriginalString);
        Assert.Empty(_site.Cache.Stored);
    }

    /// <summary>A site with 26 published articles in World: two API pages, three list pages with the teasers, one sitemap page.</summary>
    public sealed class Site : IDisposable
    {
        public const int Articles = 26;

        public Site()
        {
            Factory = new NewsSiteFactory { TestServices = services => services.AddSingleton<IOutputCacheStore>(Cache) };
            for (var i = 1; i < Articles; i++)
            {
                Factory.WriteSeed($"p{i:00}.txt", SeedText.Article($"Paged story number {i}", $"{i} May 2023, 10:00"));
            }

            Factory.CreateClient(); // starts the site, which imports the seeds
        }

        public RecordingOutputCacheStore Cache { get; } = new();

        public NewsSiteFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }
}
