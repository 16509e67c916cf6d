using System.Text;

namespace NewsSite.Ingestion.Tests;

/// <summary>Text with no visible character is empty, in every format.</summary>
public class InvisibleTextTests
{
    private const string ZeroWidth = "\u200B\u200C\u200D\u2060";

    [Theory]
    [InlineData("seed.txt", ZeroWidth + "\n\n8 May 2021, 12:00\n\nStandfirst.\n", 1)]
    [InlineData("seed.txt", "\u3164\u2800\u00AD\n\n8 May 2021, 12:00\n\nStandfirst.\n", 1)]
    [InlineData("seed.md", "---\nsection: World\ntitle: \"" + ZeroWidth + "\"\npublished: 2021-05-08T12:00\n---\n\nStandfirst.\n", 3)]
    [InlineData("seed.html", "<html><body>\n<article>\n<h1>&#x200B;&#x200D;</h1>\n<time datetime=\"2021-05-08T12:00\">x</time><p>Standfirst.</p></article></body></html>", 3)]
    public void Parse_HeadlineWithNoVisibleCharacter_IsAnErrorWithItsLine(string name, string text, int line)
    {
        var result = SeedParser.Parse(name, Encoding.UTF8.GetBytes(text));

        Assert.False(result.Succeeded);
        Assert.Equal(line, result.Error.Line);
        Assert.Contains("headline has no visible characters", result.Error.Reason);
    }

    [Fact]
    public void Parse_ZeroWidthHeadlineFixture_IsAnErrorOnLineOne()
    {
        var path = Path.Combine(Seed.RepositoryRoot(), "tests", "Fixtures", "input-kinds", "16a_zero-width-headline.txt");

        var result = SeedParser.Parse(path, File.ReadAllBytes(path));

        Assert.False(result.Succeeded);
        Assert.Equal("line 1: the headline has no visible characters (only spaces, zero-width or other invisible characters)", result.Error.Message);
    }

    [Fact]
    public void Parse_InvisibleJsonLdHeadline_FallsBackToTheVisibleH1()
    {
        var result = SeedParser.Parse("page.html", Encoding.UTF8.GetBytes(
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"\\u200B\",\"datePublished\":\"2021-05-08T12:00\"}</script></head><body><article><h1>Visible headline</h1><p>Standfirst.</p></article></body></html>"));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("Visible headline", result.Article.Title);
    }

    [Fact]
    public void Parse_TextSeedWithInvisibleStandfirstAndParagraph_SkipsThem()
    {
        var article = Seed.Parse(Seed.Article(ZeroWidth, "First visible paragraph.", "\u2060", "Second visible paragraph."));

        Assert.Equal("First visible paragraph.", article.Standfirst);
        Assert.Equal([new ParagraphBlock("Second visible paragraph.")], article.Body);
    }

    [Fact]
    public void Parse_MarkdownSeedWithInvisibleParagraphs_SkipsThem()
    {
        var result = SeedParser.Parse("seed.md", Encoding.UTF8.GetBytes($"---\ntitle: T\npublished: 2021-05-08T12:00\n---\n\n{ZeroWidth}\n\nFirst visible paragraph.\n\n&#x200B;\n\n## {ZeroWidth}\n\nSecond visible paragraph.\n"));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("First visible paragraph.", result.Article.Standfirst);
        Assert.Equal(["Second visible paragraph."], result.Article.Body.Select(b => ((MarkdownBlock)b).Text));
    }

    [Fact]
    public void Parse_HtmlSeedWithInvisibleParagraphs_SkipsThem()
    {
        var result = SeedParser.Parse("page.html", Encoding.UTF8.GetBytes(
            "<html><body><article><h1>T</h1><time datetime=\"2021-05-08T12:00\">x</time><p class=\"standfirst\">&#x200B;</p><p>First visible paragraph.</p><p>&#x2060;&nbsp;</p><p>Second visible paragraph.</p></article></body></html>"));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("First visible paragraph.", result.Article.Standfirst);
        Assert.Equal([new ParagraphBlock("Second visible paragraph.")], result.Article.Body);
    }

    [Fact]
    public void Parse_InvisibleCreditBylineAndTeaser_AreAbsent()
    {
        var article = Seed.Parse(Seed.Article("A boat\nA boat at sea. Picture: \u200B", "Standfirst.", "By \u200B", "Latest World News", "See more Latest World News", "Teaser image", "\u200B"));

        Assert.Equal(new Figure("A boat", "A boat at sea.", null), article.LeadImage);
        Assert.Null(article.Byline);
        Assert.Empty(article.Latest!.Items);
    }
}
