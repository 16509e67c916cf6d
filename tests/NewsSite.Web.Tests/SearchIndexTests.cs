namespace NewsSite.Web.Tests;

public sealed class SearchIndexTests : IDisposable
{
    private readonly NewsSiteFactory _site = new();

    [Fact]
    public async Task SearchIndex_FollowsImports_AndSnippetsNeverCarryMarkup()
    {
        _site.WriteSeed("x.txt", SeedText.Article("Harbour <script>alert(1)</script> story", paragraphs: ["The harbour <img src=x onerror=alert(1)> reopened."]));
        await _site.ImportAsync();

        var found = await _site.GetDocumentAsync("/search?q=harbour");
        Assert.Contains("<script>", found.QuerySelector(".headline a")?.TextContent);
        Assert.Empty(found.QuerySelectorAll("main script, main img"));
        Assert.Contains(found.QuerySelectorAll(".search-snippet mark"), m => m.TextContent.Equals("harbour", StringComparison.OrdinalIgnoreCase));

        _site.WriteSeed("x.txt", SeedText.Article("Lighthouse story", paragraphs: ["The lighthouse reopened."]));
        await _site.ImportAsync();
        Assert.Empty((await _site.GetDocumentAsync("/search?q=harbour")).QuerySelectorAll(".headline-item"));
        Assert.Single((await _site.GetDocumentAsync("/search?q=lighthouse")).QuerySelectorAll(".headline-item"));

        File.Delete(Path.Combine(_site.SeedsFolder, "x.txt"));
        await _site.ImportAsync();
        Assert.Empty((await _site.GetDocumentAsync("/search?q=lighthouse")).QuerySelectorAll(".headline-item")); // withdrawn
    }

    public void Dispose() => _site.Dispose();
}
