using System.Text;
using System.Xml;

namespace NewsSite.Ingestion.Tests;

/// <summary>What the text of an article may hold, whatever the seed's format (SeedText).</summary>
public class TextCharacterTests
{
    // C0 and C1 controls, DEL, noncharacters of the BMP and of other planes.
    public static TheoryData<string> RawCharacters => new() { "\u0085", "\u009F", "\u007F", "\uFDD0", "\uFDEF", "\uFFFE", "\uFFFF", "\U0001FFFF", "\U0010FFFE" };

    // The same kinds written as character references, plus lone surrogates that only a reference can carry.
    public static TheoryData<string> References => new() { "&#x1D;", "&#1;", "&#x7F;", "&#xFFFF;", "&#xFFFE;", "&#xFDD0;", "&#x10FFFF;" };

    [Theory]
    [MemberData(nameof(RawCharacters))]
    public void Parse_TextSeedWithCharacterNoOutputCanHold_RemovesItEverywhere(string character)
    {
        var article = Seed.Parse(Seed.Of(
            $"Pier café{character} wins award",
            Seed.Date,
            $"Pier front{character}\nThe pier{character} at dusk. Picture: PA{character}",
            $"The pier café{character} has won a regional award.",
            $"Staff{character} celebrated.",
            $"By Jane Roe{character}",
            "Latest World News",
            "See more Latest World News",
            $"Teaser{character} image",
            $"Teaser{character} headline"));

        Assert.Equal("Pier café wins award", article.Title);
        Assert.Equal("The pier café has won a regional award.", article.Standfirst);
        Assert.Equal(new Figure("Pier front", "The pier at dusk.", "PA"), article.LeadImage);
        Assert.Equal([new ParagraphBlock("Staff celebrated.")], article.Body);
        Assert.Equal("Jane Roe", article.Byline);
        Assert.Equal([new Teaser("Teaser image", "Teaser headline")], article.Latest!.Items);
        AssertHoldable(article);
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Parse_HtmlSeedWithReferenceToSuchACharacter_RemovesIt(string reference)
    {
        var article = ParseAs("page.html", $"""
            <html><body><article>
            <h1>Storm closes coastal road{reference} for repairs</h1>
            <time datetime="2021-05-03T10:00:00+01:00">3 May 2021</time>
            <figure><img alt="Road{reference}"><figcaption>The road{reference}. Picture: PA{reference}</figcaption></figure>
            <p>A storm has closed the road{reference}.</p>
            <p>Diversions{reference} are signed.</p>
            </article></body></html>
            """);

        Assert.Equal("Storm closes coastal road for repairs", article.Title);
        Assert.Equal("A storm has closed the road.", article.Standfirst);
        Assert.Equal(new Figure("Road", "The road.", "PA"), article.LeadImage);
        Assert.Equal([new ParagraphBlock("Diversions are signed.")], article.Body);
        AssertHoldable(article);
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Parse_MarkdownSeedWithReferenceToSuchACharacter_RemovesItFromTextAndSource(string reference)
    {
        var article = ParseAs("seed.md", $"---\ntitle: Storm closes road\npublished: 2021-05-03T10:00\n---\n\nA storm{reference} closed the road.\n\nDiversions{reference} are *signed*.\n");

        Assert.Equal("A storm closed the road.", article.Standfirst);
        var block = Assert.IsType<MarkdownBlock>(Assert.Single(article.Body));
        Assert.Equal("Diversions are signed.", block.Text);
        Assert.Equal("Diversions are *signed*.", block.Markdown);
        AssertHoldable(article);
    }

    [Fact]
    public void Parse_MarkdownReferencesInLinkTitlesAndDefinitions_AreCutButCodeAndEscapesKeepThem()
    {
        var article = ParseAs("seed.md", "---\ntitle: T\npublished: 2021-05-03T10:00\n---\n\nStandfirst.\n\nSee [a](/a \"A&#x1D; title\"), [b][b], `&#x1D;` and \\&#x1D;.\n\n[b]: /b \"B&#xFFFF; title\"\n");

        var block = Assert.IsType<MarkdownBlock>(Assert.Single(article.Body));
        Assert.Equal("See [a](/a \"A title\"), [b][b], `&#x1D;` and \\&#x1D;.\n\n[b]: /b \"B title\"", block.Markdown);
    }

    [Theory]
    [InlineData(@"\u001D")]
    [InlineData(@"\uFFFF")]
    [InlineData(@"\uD800")]
    [InlineData(@"\uDC00")]
    [InlineData(@"\uDBFF\uD800")]
    public void Parse_JsonLdHeadlineWithEscapeOfSuchACharacter_RemovesIt(string escape)
    {
        var article = ParseAs("page.html", $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes road{{escape}} for repairs","datePublished":"2021-05-03T10:00:00+01:00"}</script></head>
            <body><article><h1>The page's own headline</h1><p>A storm has closed the road.</p></article></body></html>
            """);

        Assert.Equal("Storm closes road for repairs", article.Title);
        AssertHoldable(article);
    }

    [Fact]
    public void Parse_JsonLdHeadlineWithLoneAndPairedSurrogateEscapes_KeepsThePairAndEscapedBackslashes()
    {
        var article = ParseAs("page.html", """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm\uD800 \uD83D\uDE00 \\uD800 road\uDC00","datePublished":"2021-05-03T10:00:00+01:00"}</script></head>
            <body><article><h1>The page's own headline</h1><p>A storm has closed the road.</p></article></body></html>
            """);

        Assert.Equal("Storm 😀 \\uD800 road", article.Title);
    }

    [Fact]
    public void Parse_ControlByteInATextSeed_IsRefusedWithItsLine()
    {
        var error = Seed.Fail(Seed.Article("The pier\u001D café has won an award."));

        Assert.Equal(new SeedError("file contains the control character U+001D: it is not text", 5), error);
    }

    [Fact]
    public void Parse_TabsAndLineBreaksInMarkdown_AreKept()
    {
        var article = ParseAs("seed.md", "---\ntitle: T\npublished: 2021-05-03T10:00\n---\n\nStandfirst.\n\n- one\n- two\n");

        Assert.Equal("one\ntwo", ((MarkdownBlock)article.Body[0]).Text);
        Assert.Equal("- one\n- two", ((MarkdownBlock)article.Body[0]).Markdown);
    }

    [Theory]
    [InlineData("04a_feed-control-char-entity.html")]
    [InlineData("04c_feed-nonchar-standfirst.txt")]
    [InlineData("21_noncharacter-headline.txt")]
    public void Parse_InputKindFixture_HoldsOnlyTextEveryOutputCanCarry(string fixture)
    {
        var path = Path.Combine(Seed.RepositoryRoot(), "tests", "Fixtures", "input-kinds", fixture);

        var result = SeedParser.Parse(path, File.ReadAllBytes(path));

        Assert.True(result.Succeeded, result.Error?.Message);
        AssertHoldable(result.Article);
    }

    [Theory]
    [InlineData("Storm\u001Dclosed", "Stormclosed")]
    [InlineData("  café\uFFFF  ", "café")]
    [InlineData("a\tb\nc", "a\tb\nc")]
    [InlineData("\u200B\u200D\u2060\uFEFF\u00AD", null)]
    [InlineData("\u3164\u2800 ", null)]
    [InlineData("\u200Bvisible\u200B", "\u200Bvisible\u200B")]
    [InlineData("😀", "😀")]
    [InlineData("", null)]
    public void Clean_Text_RemovesWhatNoOutputHoldsAndIsNullWhenNothingVisibleRemains(string text, string? expected)
    {
        Assert.Equal(expected, SeedText.Clean(text));
    }

    [Fact]
    public void Clean_LoneSurrogates_AreRemovedAndPairsKept()
    {
        Assert.Equal("a😀b", SeedText.Clean("a\uD800😀\uDC00b"));
    }

    private static ArticleDraft ParseAs(string name, string text)
    {
        var result = SeedParser.Parse(name, Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Article;
    }

    // Every string the article holds can be written to XML and has no noncharacter.
    private static void AssertHoldable(ArticleDraft article)
    {
        foreach (var text in Texts(article))
        {
            XmlConvert.VerifyXmlChars(text);
            Assert.DoesNotContain(text.EnumerateRunes(), r => r.Value is >= 0xFDD0 and <= 0xFDEF || (r.Value & 0xFFFE) == 0xFFFE || Rune.IsControl(r) && r.Value is not ('\t' or '\n' or '\r'));
        }
    }

    private static IEnumerable<string> Texts(ArticleDraft article)
    {
        var texts = new List<string?> { article.Title, article.Section, article.Byline, article.Standfirst, article.Latest?.Heading, article.Latest?.Section };
        texts.AddRange(Figure(article.LeadImage));
        foreach (var block in article.Body)
        {
            texts.AddRange(block switch
            {
                ParagraphBlock p => [p.Text],
                MarkdownBlock m => [m.Text, m.Markdown],
                FigureBlock f => Figure(f.Figure),
                _ => [],
            });
        }

        foreach (var teaser in article.Latest?.Items ?? [])
        {
            texts.AddRange([teaser.ImageAlt, teaser.Headline]);
        }

        return texts.OfType<string>();
    }

    private static string?[] Figure(Figure? figure) => figure is null ? [] : [figure.Alt, figure.Caption, figure.Credit];
}
