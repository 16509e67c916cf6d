using System.Text;

namespace NewsSite.Ingestion.Tests;

public class HtmlSeedTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Ignored title</title>
          <style>p { color: red }</style>
          <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2022-07-01T18:05:00+01:00","author":{"@type":"Person","name":"Amira Khan"},"articleSection":"UK"}]}</script>
          <script>document.write('evil')</script>
        </head><body>
          <nav><a href="/">Home</a><p>Navigation text</p></nav>
          <article>
            <h1>Visible headline</h1>
            <!-- a comment that is not content -->
            <figure><img src="a.jpg" alt="The bridge at night"><figcaption>Lights on the bridge. Picture: PA</figcaption></figure>
            <p>The bridge has reopened &amp; traffic flows.</p>
            <p onclick="alert(1)">Drivers <b>cheered</b> <script>alert(2)</script>at dawn.</p>
            <figure><img src="b.jpg" alt="A queue of cars"><figcaption>The first cars (Jane Barlow/PA)</figcaption></figure>
            <p>By Amira Khan</p>
          </article>
          <aside><h2>Latest UK News</h2><ul><li><img src="c.jpg" alt="A train">Rail fares rise</li><li>Storm warning issued</li></ul></aside>
        </body></html>
        """;

    [Fact]
    public void Parse_SavedPage_GivesTheArticle()
    {
        var article = Parse(Page);

        Assert.Equal("Bridge reopens", article.Title);
        Assert.Equal("2022-07-01T18:05:00+01:00", ArticleJson.FormatInstant(article.PublishedAt));
        Assert.Equal("UK", article.Section);
        Assert.Equal("Amira Khan", article.Byline);
        Assert.Equal(new Figure("The bridge at night", "Lights on the bridge.", "PA"), article.LeadImage);
        Assert.Equal("The bridge has reopened & traffic flows.", article.Standfirst);
        Assert.Equal(
            [new ParagraphBlock("Drivers cheered at dawn."), new FigureBlock(new Figure("A queue of cars", "The first cars", "Jane Barlow/PA"))],
            article.Body);
        Assert.Equal([new Teaser("A train", "Rail fares rise"), new Teaser(null, "Storm warning issued")], article.Latest!.Items);
    }

    [Fact]
    public void Parse_WithoutJsonLd_UsesH1AndTime()
    {
        var article = Parse("<html><body><article><h1>Plain page</h1><time datetime=\"2021-03-14T09:34:00Z\">Sunday</time><p>Only paragraph.</p></article></body></html>");

        Assert.Equal("Plain page", article.Title);
        Assert.Equal("2021-03-14T09:34:00+00:00", ArticleJson.FormatInstant(article.PublishedAt));
        Assert.Equal("Only paragraph.", article.Standfirst);
    }

    [Theory]
    [InlineData("<html><body><p>No headline here</p></body></html>", "no headline")]
    [InlineData("<html><body><h1>Headline</h1><p>No date</p></body></html>", "no publish date")]
    [InlineData("<html><body><h1>Headline</h1><time datetime=\"soon\">x</time></body></html>", "expected the publish date as '14 March 2021, 09:34' (UK time) or ISO 8601 such as '2021-03-14T09:34:00+00:00', found 'soon'")]
    public void Parse_PageThatIsNoArticle_SaysWhy(string html, string reason)
    {
        var result = SeedParser.Parse("page.html", Encoding.UTF8.GetBytes(html));

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error.Message);
    }

    [Fact]
    public void Parse_JsonLdValuesWithEntities_AreDecodedOnce()
    {
        var article = Parse("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rock &amp; roll museum&#039;s new wing &lsquo;opens&rsquo; &amp;amp; more","datePublished":"2021-05-10T09:00:00+01:00","articleSection":"Arts &amp; Culture","author":{"@type":"Person","name":"Jane O&#x27;Roe"}}</script></head>
            <body><article><h1>Ignored</h1><p>Standfirst.</p></article></body></html>
            """);

        Assert.Equal("Rock & roll museum's new wing ‘opens’ &amp; more", article.Title);
        Assert.Equal("Arts & Culture", article.Section);
        Assert.Equal("Jane O'Roe", article.Byline);
    }

    [Fact]
    public void Parse_MarkupText_IsDecodedByTheHtmlParserOnlyOnce()
    {
        var article = Parse("""
            <html><body><article><h1>Rock &amp;amp; roll &amp;#039;s</h1><time datetime="2021-05-10T09:00:00+01:00">x</time>
            <p>Guitars &amp;amp; posters &lt;b&gt;</p>
            <figure><img alt="A &amp;amp; B"><figcaption>Fans &amp;amp; bands. Picture: A &amp;amp; B</figcaption></figure>
            </article></body></html>
            """);

        Assert.Equal("Rock &amp; roll &#039;s", article.Title);
        Assert.Equal("Guitars &amp; posters <b>", article.Standfirst);
        Assert.Equal(new Figure("A &amp; B", "Fans &amp; bands.", "A &amp; B"), article.LeadImage);
    }

    [Fact]
    public void Parse_JsonLdEntitiesFixture_GivesTheDecodedHeadline()
    {
        var path = Path.Combine(Seed.RepositoryRoot(), "tests", "Fixtures", "input-kinds", "05_jsonld-entities.html");

        var article = SeedParser.Parse(path, File.ReadAllBytes(path)).Article!;

        Assert.Equal("Rock & roll museum's new wing opens", article.Title);
        Assert.Equal("A new wing of the rock & roll museum opened on Monday.", article.Standfirst);
        Assert.Equal([new ParagraphBlock("The wing holds guitars, posters & stage costumes.")], article.Body);
    }

    [Fact]
    public void Write_OriginalAndGeneratedArticles_ParseBackToTheSameArticles()
    {
        var original = SeedParser.Parse(File.ReadAllBytes(Path.Combine(Seed.RepositoryRoot(), "seeds", "000_20ca1ab23c72d2da.txt"))).Article!;
        foreach (var draft in SeedGenerator.Generate(50, seed: 4).Prepend(original))
        {
            Assert.Equal(draft, Parse(HtmlSeedWriter.Write(draft)), ArticleComparer.Instance);
        }
    }

    private static ArticleDraft Parse(string html)
    {
        var result = SeedParser.Parse("page.html", Encoding.UTF8.GetBytes(html));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Article;
    }
}
