using System.Text;

namespace NewsSite.Ingestion.Tests;

public class MarkdownSeedTests
{
    private const string Sample = """
        ---
        title: "Harbour reopens after storm repairs"
        published: 2023-07-01T10:15
        section: UK
        byline: Jane Smith
        ---

        ![Boats in the harbour at dawn](boats.jpg "The harbour at dawn. Picture: PA")

        The harbour has *reopened* after months of repairs.

        ## What changed

        A new wall was built, see [the council](https://example.org/harbour) and [this](javascript:alert(1)).

        ![A crane lifting a block](crane.jpg "Work on the wall (Jane Barlow/PA)")

        - new lights
        - a wider quay

        > It is better than ever, said the harbour master.

        <script>alert(1)</script>
        """;

    [Fact]
    public void Parse_FrontMatterAndBody_GiveTheArticle()
    {
        var article = Parse(Sample);

        Assert.Equal("Harbour reopens after storm repairs", article.Title);
        Assert.Equal("2023-07-01T10:15:00+01:00", ArticleJson.FormatInstant(article.PublishedAt));
        Assert.Equal("UK", article.Section);
        Assert.Equal("Jane Smith", article.Byline);
        Assert.Equal(new Figure("Boats in the harbour at dawn", "The harbour at dawn.", "PA"), article.LeadImage);
        Assert.Equal("The harbour has reopened after months of repairs.", article.Standfirst);
        Assert.Equal(["heading", "paragraph", "figure", "list", "quote", "paragraph"], article.Body.Select(Kind));
        Assert.Equal(new FigureBlock(new Figure("A crane lifting a block", "Work on the wall", "Jane Barlow/PA")), article.Body[2]);
        Assert.Equal("What changed", ((MarkdownBlock)article.Body[0]).Text);
        Assert.Equal("## What changed", ((MarkdownBlock)article.Body[0]).Markdown);
        Assert.Equal("new lights\na wider quay", ((MarkdownBlock)article.Body[3]).Text);
        Assert.Equal("<script>alert(1)</script>", ((MarkdownBlock)article.Body[5]).Text);
    }

    [Theory]
    [InlineData("2021-03-14T09:34:00+00:00", "2021-03-14T09:34:00+00:00")]
    [InlineData("2022-07-01T17:05:00Z", "2022-07-01T18:05:00+01:00")]
    [InlineData("2022-07-01T18:05", "2022-07-01T18:05:00+01:00")]
    [InlineData("14 March 2021, 09:34", "2021-03-14T09:34:00+00:00")]
    public void Parse_PublishedInIsoOrSeedForm_IsUkTime(string published, string expected)
    {
        var article = Parse($"---\ntitle: T\npublished: {published}\n---\n\nStandfirst.\n");

        Assert.Equal(expected, ArticleJson.FormatInstant(article.PublishedAt));
    }

    [Theory]
    [InlineData("Just text\n", "no front matter")]
    [InlineData("---\npublished: 2021-03-14T09:34\n---\n", "no title")]
    [InlineData("---\ntitle: T\n---\n", "no published date")]
    [InlineData("---\ntitle: T\npublished: yesterday\n---\n", "line 3: published: expected the publish date as '14 March 2021, 09:34' (UK time) or ISO 8601")]
    [InlineData("", "file is empty")]
    public void Parse_BadMarkdownSeed_SaysWhy(string text, string reason)
    {
        var result = SeedParser.Parse("x.md", Encoding.UTF8.GetBytes(text));

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error.Message);
    }

    [Fact]
    public void Parse_ByFileName_ChoosesTheFormat()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);

        Assert.True(SeedParser.Parse("a.md", bytes).Succeeded);
        Assert.False(SeedParser.Parse("a.txt", bytes).Succeeded);
    }

    [Fact]
    public void Parse_ReferenceLinks_EachBlockCarriesTheDefinitionsItUses()
    {
        var article = Parse("""
            ---
            title: Town hall publishes its budget papers
            published: 2021-05-16T10:00:00+01:00
            ---

            The town hall has published its budget papers.

            The papers are on the [council website][papers], a summary is [here][Summary] and [faq] answers questions.

            > See [the papers] [papers] or [papers][].

            Councillors will debate them next week.

            [papers]: https://example.org/budget "The papers"
            [summary]: /world/council-publishes-new-parking-rules
            [faq]: <https://example.org/faq>
            [unused]: https://example.org/unused
            """);

        var blocks = article.Body.Cast<MarkdownBlock>().ToList();
        Assert.Equal(
            "The papers are on the [council website][papers], a summary is [here][Summary] and [faq] answers questions.\n\n"
            + "[papers]: https://example.org/budget \"The papers\"\n[summary]: /world/council-publishes-new-parking-rules\n[faq]: <https://example.org/faq>",
            blocks[0].Markdown);
        Assert.Equal("The papers are on the council website, a summary is here and faq answers questions.", blocks[0].Text);
        Assert.Equal("> See [the papers] [papers] or [papers][].\n\n[papers]: https://example.org/budget \"The papers\"", blocks[1].Markdown);
        Assert.Equal("Councillors will debate them next week.", blocks[2].Markdown);
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Write_ArticleWithReferenceLinks_ParsesBackToTheSameArticle()
    {
        var article = Parse("---\ntitle: T\npublished: 2021-05-16T10:00\n---\n\nStandfirst.\n\nSee [one][a] and [two][a].\n\nAnd [again][a].\n\n[a]: https://example.org/a\n");

        Assert.Equal(article, Parse(MarkdownSeedWriter.Write(article)), ArticleComparer.Instance);
    }

    [Fact]
    public void Write_MarkdownArticle_ParsesBackToTheSameArticle()
    {
        var article = Parse(Sample);

        Assert.Equal(article, Parse(MarkdownSeedWriter.Write(article)), ArticleComparer.Instance);
    }

    private static ArticleDraft Parse(string text)
    {
        var result = SeedParser.Parse("seed.md", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Article;
    }

    private static string Kind(BodyBlock block) => block switch
    {
        MarkdownBlock markdown => markdown.Kind,
        FigureBlock => "figure",
        _ => "text paragraph",
    };
}
