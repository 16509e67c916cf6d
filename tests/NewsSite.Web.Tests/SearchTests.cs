using System.Net;
using AngleSharp;

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
    [InlineData("\"Indo-Pacific", 1)] // an unclosed quote
    [InlineData("“Indo-Pacific", 1)]
    [InlineData("(Pyongyang OR Biden", 1)] // an unclosed parenthesis
    [InlineData("Pyongyang)", 1)]
    [InlineData("Pyongyang AND", 1)] // an operator without words on both sides
    [InlineData("OR Pyongyang", 1)]
    [InlineData("AND OR", 0)]
    public async Task Search_RealSyntaxError_GetsAMessageAndStillSearchesTheWords(string query, int expectedHits)
    {
        var page = await site.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query), HttpStatusCode.OK);

        Assert.Contains("could not be understood", page.QuerySelector("[role=alert]")?.TextContent);
        Assert.Equal(expectedHits, page.QuerySelectorAll(".headline-item").Length);
    }

    public static TheoryData<string> SearchBoxInputs()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Fixtures, "input-kinds", "01_fts-hyphen-queries.txt"));
        return [.. lines.Where(line => line.Length > 0 && !line.StartsWith('#'))];
    }

    [Theory]
    [MemberData(nameof(SearchBoxInputs))]
    [InlineData("Indo–Pacific")] // en dash
    [InlineData("Indo‐Pacific")] // U+2010 hyphen
    [InlineData("indo-pacific?")]
    [InlineData("Indo-Pacific, co-operation.")]
    [InlineData("Indo-Pac*")]
    [InlineData("Biden’s")]
    [InlineData("Biden's")]
    [InlineData("“A free and open Indo-Pacific is essential,”")]
    [InlineData("„free and open“")]
    [InlineData("«free and open»")]
    [InlineData("« free and open »")]
    [InlineData("‘free and open’")]
    [InlineData("Pyongyang (Biden OR Trump)")] // beside a parenthesis, AND is understood
    [InlineData("^Pyongyang + Biden")] // FTS5's own syntax is just punctuation here
    [InlineData("Pyongyang & Biden #Asia North/Korea")]
    public async Task Search_PunctuationAsReadersTypeIt_FindsTheArticle(string query)
    {
        var page = await site.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Null(page.QuerySelector("[role=alert]"));
        var hit = Assert.Single(page.QuerySelectorAll(".headline-item"));
        Assert.Equal(ArticleUrl, hit.QuerySelector("a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("“open and free”")]
    [InlineData("„open and free“")]
    [InlineData("«open and free»")]
    [InlineData("‘open and free’")]
    [InlineData("Pacific-Indo")] // a hyphenated word is the phrase of its parts
    public async Task Search_TypographicQuotesAndHyphens_MakePhrasesThatKeepTheirOrder(string query)
    {
        var page = await site.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Null(page.QuerySelector("[role=alert]"));
        Assert.Empty(page.QuerySelectorAll(".headline-item"));
    }

    // Everything a reader might type that is not an operator: ASCII punctuation and symbols, dashes,
    // apostrophes and single quotes, typographic and full-width marks, spaces of other kinds, invisible
    // formatting characters, emoji (with a skin tone, and joined), and the replacement character.
    private static readonly string[] Separators =
    [
        .. "!#$%&'*+,-./:;<=>?@[\\]^_`{|}~".Select(c => c.ToString()),
        "‐", "‑", "–", "—", "―", "’", "‘", "‚", "‛", "‹", "›", "…", "·", "•", "¿", "¡", "§", "¶", "©", "®", "™", "°", "€", "£",
        "，", "。", "！", "？", "／", "・", "、", "\u00a0", "\u2009", "\t", "\u200b", "\u00ad", "\u200d", "\u2060",
        "😀", "👍🏽", "👨‍👩‍👧", "🇬🇧", "\ufffd", "--", "''", "'; --", "\\'", "&&", "||", "!!", "<->", ":*", "**",
    ];

    [Fact]
    public async Task Search_AnyCharacterButAnOperator_OnlySeparatesWords()
    {
        var client = site.CreateClient();
        var failures = new List<string>();
        foreach (var separator in Separators)
        {
            foreach (var (query, found) in new[] { ($"Indo{separator}Pacific", 1), ($"{separator}Pyongyang{separator}", 1), ($"Pyongyang {separator} Biden", 1), (separator, 0) })
            {
                using var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
                var html = await response.Content.ReadAsStringAsync();
                var page = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
                var hits = page.QuerySelectorAll(".headline-item").Length;
                if (response.StatusCode != HttpStatusCode.OK || page.QuerySelector("[role=alert]") is not null || hits != found)
                {
                    failures.Add($"{query}: {(int)response.StatusCode}, {hits} hits, {page.QuerySelector("[role=alert]")?.TextContent}");
                }
            }
        }

        Assert.Empty(failures);
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
