using System.Net;

namespace NewsSite.Web.Tests;

public class SearchTests(NewsSiteFactory site) : IClassFixture<NewsSiteFactory>
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";

    [Theory]
    [InlineData("Pyongyang", "Pyongyang")]
    [InlineData("\"New York channel\"", "New York channel")]
    [InlineData("Pyongyan*", "Pyongyang")]
    [InlineData("consulting", "consult")] // stemming: "consult" in the text
    [InlineData("collage", "collage")] // a caption
    public async Task Search_FindsTheArticleWithAHighlightedSnippet(string query, string highlighted)
    {
        var page = await site.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        var hit = Assert.Single(page.QuerySelectorAll(".headline-item"));
        Assert.Equal(ArticleUrl, hit.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains(hit.QuerySelectorAll(".search-snippet mark"), m => m.TextContent.Contains(highlighted, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Pyongyang AND Biden", 1)]
    [InlineData("zebrafinch OR Pyongyang", 1)]
    [InlineData("Pyongyang NOT Biden", 0)]
    [InlineData("Pyongyang NOT zebrafinch", 1)]
    [InlineData("(zebrafinch OR Pyongyang) AND \"New York\"", 1)]
    [InlineData("Pyongyang zebrafinch", 0)] // words side by side must all match
    [InlineData("Pyongyang NOT Biden zebrafinch", 1)] // NOT (Biden zebrafinch): words side by side bind first
    [InlineData("cafe OR \"the who\" OR Pyongyang", 1)]
    [InlineData("the", 1)] // no stop words: every word can be searched for
    [InlineData("\"channel New York\"", 0)] // a phrase keeps its order
    public async Task Search_Operators_CombineWordsAsTheHelpSays(string query, int expectedHits)
    {
        var page = await site.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expectedHits, page.QuerySelectorAll(".headline-item").Length);
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("AND OR")]
    [InlineData("*")]
    [InlineData("nosuchcolumn:word")]
    [InlineData("Pyongyang (Biden OR Trump)")] // beside a parenthesis, AND must be written
    [InlineData("NEAR(Pyongyang Biden)")] // FTS5-only syntax is refused on both stores
    [InlineData("title:Pyongyang")]
    public async Task Search_MalformedQuery_GetsAFriendlyMessageNotAnError(string query)
    {
        var page = await site.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query), HttpStatusCode.OK);

        Assert.Contains("could not be understood", page.QuerySelector("[role=alert]")?.TextContent);
    }

    [Fact]
    public async Task Search_ReadsWordsTheSameWayOnEveryStore()
    {
        using var other = new NewsSiteFactory();
        other.WriteSeed("002_cafe.txt", SeedText.Article(
            "Protest outside the Café Müller",
            paragraphs: ["Covid-19 cases rose by 3.5%, the broadcaster (bbc.co.uk) said of the well-known café.", "A new generation of protesters gathered on Sunday."]));

        // Accents and case folded; punctuation only separates words; Porter stems; no stop words.
        foreach (var query in new[] { "CAFE muller", "covid 19", "\"covid 19\"", "bbc", "\"the well known\"", "general", "protester", "\"3 5\"" })
        {
            var page = await other.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

            var hit = Assert.Single(page.QuerySelectorAll(".headline-item"));
            Assert.Equal("Protest outside the Café Müller", hit.QuerySelector("a")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Search_NoMatches_SaysSo()
    {
        var page = await site.GetDocumentAsync("/search?q=zebrafinch");

        Assert.Equal("0 articles found.", page.QuerySelector(".search-count")?.TextContent);
        Assert.Empty(page.QuerySelectorAll(".headline-item"));
    }

    [Fact]
    public async Task Search_BoxInTheHeader_SubmitsToTheSearchPage()
    {
        var page = await site.GetDocumentAsync("/");

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input")?.GetAttribute("name"));
        Assert.NotNull(form.QuerySelector("label[for=site-search]"));
    }
}
