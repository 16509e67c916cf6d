using System.Net;
using AngleSharp.Html.Parser;

namespace NewsSite.Web.Tests;

/// <summary>Every response carries the site's security headers, whatever answered it, and the pages need nothing the policy forbids.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
    private readonly NewsSiteFactory _site = new() { Environment = "Production" };

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData(ArticleUrl, HttpStatusCode.OK)]
    [InlineData("/feeds/rss.xml", HttpStatusCode.OK)]
    [InlineData("/api/articles", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/admin/login", HttpStatusCode.OK)]
    [InlineData("/world/no-such-article", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/no-such-article", HttpStatusCode.NotFound)]
    public async Task Response_CarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        using var response = await _site.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task CachedPageAndRevalidation_CarryTheSecurityHeaders()
    {
        var client = _site.CreateClient();
        using var first = await client.GetAsync(ArticleUrl);
        using var cached = await client.GetAsync(ArticleUrl);
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, ArticleUrl) { Headers = { IfNoneMatch = { first.Headers.ETag! } } };
        using var notModified = await client.SendAsync(revalidation);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        AssertSecurityHeaders(first);
        AssertSecurityHeaders(cached);
        AssertSecurityHeaders(notModified);
    }

    [Fact]
    public async Task ErrorPage_AfterAFailure_CarriesTheSecurityHeaders()
    {
        var client = _site.CreateClient();
        _site.BreakQueries = true;

        using var response = await client.GetAsync("/world/an-article-not-yet-cached");
        _site.BreakQueries = false;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(ArticleUrl)]
    [InlineData("/world")]
    [InlineData("/search?q=Pyongyang")]
    [InlineData("/admin/login")]
    [InlineData("/world/no-such-article")]
    public async Task Page_NeedsNoInlineScriptOrStyle(string url)
    {
        var html = await (await _site.CreateClient().GetAsync(url)).Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.All(page.QuerySelectorAll("script"), script => Assert.True(
            script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json",
            $"{url}: an inline script the policy would block: {script.OuterHtml}"));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _site.Dispose();

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var url = response.RequestMessage?.RequestUri;
        var policy = Assert.Single(Values(response, "Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("style-src 'self'", directives["style-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal(["nosniff"], Values(response, "X-Content-Type-Options"));
        Assert.Equal(["DENY"], Values(response, "X-Frame-Options"));
        Assert.True(Values(response, "Referrer-Policy").SequenceEqual(["strict-origin-when-cross-origin"]), $"{url}: Referrer-Policy");
    }

    private static string[] Values(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? [.. values] : [];
}
