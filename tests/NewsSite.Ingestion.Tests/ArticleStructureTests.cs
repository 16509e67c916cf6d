namespace NewsSite.Ingestion.Tests;

public class ArticleStructureTests
{
    [Fact]
    public void Parse_HeadlineAndDate_AreTheFirstTwoBlocks()
    {
        var article = Seed.Parse(Seed.Article("The standfirst."));

        Assert.Equal(Seed.Headline, article.Title);
        Assert.Equal(new DateTimeOffset(2021, 3, 14, 9, 34, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("The standfirst.", article.Standfirst);
        Assert.Empty(article.Body);
    }

    [Fact]
    public void Parse_TwoLineBlockAfterDate_IsTheLeadFigure()
    {
        var article = Seed.Parse(Seed.Article("A crowd in the square\nCrowds gathered early. Picture: PA", "Standfirst."));

        Assert.Equal(new Figure("A crowd in the square", "Crowds gathered early.", "PA"), article.LeadImage);
        Assert.Equal("Standfirst.", article.Standfirst);
    }

    [Fact]
    public void Parse_NoTwoLineBlockAfterDate_HasNoLeadFigure()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "Second paragraph."));

        Assert.Null(article.LeadImage);
        Assert.Equal("Standfirst.", article.Standfirst);
        Assert.Equal([new ParagraphBlock("Second paragraph.")], article.Body);
    }

    [Fact]
    public void Parse_Body_KeepsParagraphsAndInlineFiguresInOrder()
    {
        var article = Seed.Parse(Seed.Article(
            "Standfirst.",
            "First.",
            "A ship at sea\nThe ship left port (Jane Doe/AP)",
            "Second."));

        Assert.Equal(
            [
                new ParagraphBlock("First."),
                new FigureBlock(new Figure("A ship at sea", "The ship left port", "Jane Doe/AP")),
                new ParagraphBlock("Second."),
            ],
            article.Body);
    }

    [Fact]
    public void Parse_FigureBeforeFirstParagraph_StandfirstIsStillTheFirstParagraph()
    {
        var article = Seed.Parse(Seed.Article("Lead\nLead caption", "Inline\nInline caption", "Standfirst.", "Body."));

        Assert.Equal("Standfirst.", article.Standfirst);
        Assert.IsType<FigureBlock>(article.Body[0]);
        Assert.Equal(new ParagraphBlock("Body."), article.Body[1]);
    }

    [Fact]
    public void Parse_BlockOfThreeLines_BecomesThreeParagraphs()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "One.\nTwo.\nThree."));

        Assert.Equal([new ParagraphBlock("One."), new ParagraphBlock("Two."), new ParagraphBlock("Three.")], article.Body);
    }

    [Fact]
    public void Parse_OnlyHeadlineAndDate_IsAnArticleWithoutBody()
    {
        var article = Seed.Parse(Seed.Article());

        Assert.Null(article.Standfirst);
        Assert.Empty(article.Body);
        Assert.Null(article.Byline);
        Assert.Null(article.Latest);
        Assert.Null(article.Section);
    }

    [Fact]
    public void Parse_TextWithMarkupAndSymbols_StaysVerbatim()
    {
        const string text = "<script>alert(1)</script> *not bold* # not a heading \\ “quoted” – dash & more 🎉";

        var article = Seed.Parse(Seed.Of(text, Seed.Date, text));

        Assert.Equal(text, article.Title);
        Assert.Equal(text, article.Standfirst);
    }
}
