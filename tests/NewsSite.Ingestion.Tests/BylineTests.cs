namespace NewsSite.Ingestion.Tests;

public class BylineTests
{
    [Theory]
    [InlineData("By Press Association", "Press Association")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe and John Roe")]
    [InlineData("By Ursula von der Leyen", "Ursula von der Leyen")]
    [InlineData("By Jane Doe, political editor", "Jane Doe, political editor")]
    [InlineData("By PA Reporter", "PA Reporter")]
    [InlineData("By Guardian staff and agencies", "Guardian staff and agencies")]
    [InlineData("By Jane Doe (PA)", "Jane Doe (PA)")]
    [InlineData("By Jane Doe – political editor", "Jane Doe – political editor")]
    [InlineData("By J. R. Smith Jr.", "J. R. Smith Jr.")]
    [InlineData("By dpa", "dpa")]
    [InlineData("By\tPress Association", "Press Association")]
    public void Parse_ByNameBlockAfterBody_IsTheByline(string line, string name)
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "Body.", line));

        Assert.Equal(name, article.Byline);
        Assert.Equal([new ParagraphBlock("Body.")], article.Body);
    }

    [Theory]
    [InlineData("By the end of the year, the talks had stalled.")]
    [InlineData("By Monday, the troops had left.")]
    [InlineData("By Monday the troops had left")]
    [InlineData("Bystanders filmed the scene")]
    [InlineData("By")]
    public void Parse_SentenceStartingWithBy_IsAParagraph(string line)
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", line));

        Assert.Null(article.Byline);
        Assert.Equal([new ParagraphBlock(line)], article.Body);
    }

    [Fact]
    public void Parse_BylineBeforeSidebar_IsTheByline()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "By Press Association", "Latest World News", "See more Latest World News", "Alt", "Teaser"));

        Assert.Equal("Press Association", article.Byline);
        Assert.Empty(article.Body);
    }

    [Fact]
    public void Parse_ByNameBlockInTheMiddleOfTheBody_IsAParagraph()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "By Press Association", "More body."));

        Assert.Null(article.Byline);
        Assert.Equal([new ParagraphBlock("By Press Association"), new ParagraphBlock("More body.")], article.Body);
    }
}
