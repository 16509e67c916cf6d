using System.Net;
using AngleSharp;

namespace NewsSite.Web.Tests;

/// <summary>What a reader sees when the site fails: the site's own page, never the failure's details.</summary>
public sealed class StatusPageTests : IDisposable
{
    private readonly NewsSiteFactory _site = new() { Environment = "Production" };

    [Fact]
    public async Task Page_WhenTheStoreFails_Answers500WithTheSitesOwnPageAndNoDetails()
    {
        var client = _site.CreateClient();
        _site.BreakQueries = true;

        using var response = await client.GetAsync("/world/an-article-not-yet-cached");
        var html = await response.Content.ReadAsStringAsync();
        _site.BreakQueries = false;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        Assert.Equal("Something went wrong", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("/", page.QuerySelector("main a")?.GetAttribute("href"));
        Assert.DoesNotContain("secret-internal-detail", html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }

    [Fact]
    public async Task Page_AskedForDirectly_AnswersTheStatusItDescribes()
    {
        var page = await _site.GetDocumentAsync("/status/500", HttpStatusCode.InternalServerError);

        Assert.Equal("Something went wrong", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("The problem is ours. Please try again in a moment.", page.QuerySelector("main p")?.TextContent);
    }

    public void Dispose() => _site.Dispose();
}
