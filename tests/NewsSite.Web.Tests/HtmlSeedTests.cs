using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

public sealed class HtmlSeedTests : IDisposable
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";

    [Fact]
    public async Task OwnArticlePage_SavedAsHtmlAndImportedIntoAnEmptyStore_ReproducesTheArticle()
    {
        using var original = new NewsSiteFactory();
        var html = await original.CreateClient().GetStringAsync(ArticleUrl);
        using var copy = new NewsSiteFactory();
        File.Delete(Path.Combine(copy.SeedsFolder, TestPaths.ExampleSeed + ".txt"));
        copy.WriteSeed("saved-page.html", html);

        copy.CreateClient(); // starts on an empty store and imports the saved page

        var before = await ContentAsync(original);
        var after = await ContentAsync(copy);
        Assert.Equal(before.Draft with { Latest = null, Body = [] }, after.Draft with { Latest = null, Body = [] });
        Assert.Equal(before.Draft.Body, after.Draft.Body);
        Assert.Equal(before.Draft.Latest!.Items.Select(t => t.Headline), after.Draft.Latest!.Items.Select(t => t.Headline));
        Assert.Equal(before.Url, after.Url);
    }

    [Fact]
    public async Task HostileHtmlSeed_RendersInert()
    {
        _site.WriteSeed("hostile.html", """
            <html><head><script>alert(1)</script></head><body><article>
            <h1>Hostile &lt;script&gt;alert(2)&lt;/script&gt; page</h1>
            <time datetime="2023-05-01T10:00:00+01:00">1 May</time>
            <p onmouseover="alert(3)">Standfirst with <a href="javascript:alert(4)">a link</a>.</p>
            <figure><img src="x" onerror="alert(5)" alt="A &quot;quoted&quot; image"><figcaption>Caption. Picture: PA</figcaption></figure>
            <p>Body &lt;img src=x onerror=alert(6)&gt; text.</p>
            </article></body></html>
            """);
        var report = await _site.ImportAsync();
        var url = report.Files.Single(f => f.File == "hostile.html").Url!;

        var page = await _site.GetDocumentAsync(url);

        Assert.Equal("Hostile <script>alert(2)</script> page", page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, main img, [onerror], [onmouseover], main a[href^=javascript]"));
        Assert.Equal("Body <img src=x onerror=alert(6)> text.", page.QuerySelector(".article-body p")?.TextContent);
        Assert.Equal("A \"quoted\" image", page.QuerySelector("article figure [role=img]")?.GetAttribute("aria-label"));
    }

    private readonly NewsSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    private static Task<(Ingestion.ArticleDraft Draft, string Url)> ContentAsync(NewsSiteFactory site) => site.QueryAsync(async db =>
    {
        var article = await db.Articles.AsNoTracking().AsSplitQuery().Include(a => a.Blocks).Include(a => a.Teasers).SingleAsync();
        return (ArticleMapping.ToDraft(article, "News"), Data.ArticleUrls.Of(article));
    });
}
