using System.Text;

namespace NewsSite.Ingestion.Tests;

/// <summary>Inputs a review found could crash, hang or garble the Markdown and HTML readers.</summary>
public class SeedFormatEdgeTests
{
    [Theory]
    [InlineData("seed.txt")]
    [InlineData("seed.md")]
    [InlineData("seed.html")]
    public void Parse_ControlCharacter_IsAnErrorInEveryFormat(string name)
    {
        var result = SeedParser.Parse(name, Encoding.UTF8.GetBytes("Headline\u0001\n\n14 March 2021, 09:34\n"));

        Assert.Equal(new SeedError("file contains the control character U+0001: it is not text", 1), result.Error);
    }

    [Fact]
    public void Parse_MarkdownNestedBeyondMarkdigsLimit_IsAnErrorNotAnException()
    {
        var result = SeedParser.Parse("deep.md", Encoding.UTF8.GetBytes("---\ntitle: T\npublished: 2021-03-14T09:34\n---\n\n" + new string('>', 200) + " deep\n"));

        Assert.False(result.Succeeded);
        Assert.StartsWith("the file could not be read as an article", result.Error.Reason);
    }

    [Fact]
    public void Parse_MarkdownEntitiesAndReferenceDefinitions_ReadAsText()
    {
        var result = SeedParser.Parse("r.md", Encoding.UTF8.GetBytes("---\ntitle: \"A \\\"quoted\\\" title\"\npublished: 2021-03-14T09:34\n---\n\nFish &amp; chips.\n\n[r]: https://example.org\n\nSecond.\n"));

        Assert.Equal("A \"quoted\" title", result.Article?.Title);
        Assert.Equal("Fish & chips.", result.Article?.Standfirst);
        Assert.Equal(["Second."], result.Article!.Body.OfType<MarkdownBlock>().Select(b => b.Text));
    }

    [Fact]
    public void WriteMarkdown_TextThatLooksLikeAListOrQuote_ParsesBackUnchanged()
    {
        var draft = SeedParser.Parse("x.md", Encoding.UTF8.GetBytes("---\ntitle: \"Say \\\"hi\\\"\"\npublished: 2021-03-14T09:34\n---\n\nplaceholder\n")).Article! with { Standfirst = "2021. A year - of change" };

        var again = SeedParser.Parse("x.md", Encoding.UTF8.GetBytes(MarkdownSeedWriter.Write(draft))).Article;

        Assert.Equal("2021. A year - of change", again?.Standfirst);
        Assert.Equal("Say \"hi\"", again?.Title);
    }

    [Fact]
    public void Parse_HtmlEdgeCases_DoNotCrashOrLeakScript()
    {
        const string html = "<html><body><nav><article><p>Nav teaser</p></article></nav><article><h1>Real</h1><time datetime=\"2021-07-01T09:34\">x</time>" +
            "<p>Hello <script>alert(document.cookie)</script><style>p{}</style>world</p></article><aside><h2>Latest News</h2><ul><li>x</li></ul></aside></body></html>";

        var article = SeedParser.Parse("p.html", Encoding.UTF8.GetBytes(html)).Article;

        Assert.Equal("Real", article?.Title);
        Assert.Equal("Hello world", article?.Standfirst);
        Assert.Equal("2021-07-01T09:34:00+01:00", ArticleJson.FormatInstant(article!.PublishedAt)); // no offset: UK time
        Assert.Null(article.Latest);
    }

    [Fact]
    public void Parse_HtmlWithTooManyTags_IsRefusedQuickly()
    {
        var html = "<html><body><h1>x</h1>" + string.Concat(Enumerable.Repeat("<div>", 60_000)) + "</body></html>";

        var result = SeedParser.Parse("deep.html", Encoding.UTF8.GetBytes(html));

        Assert.Contains("tags", result.Error?.Reason);
    }
}
