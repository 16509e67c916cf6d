namespace NewsSite.Ingestion.Tests;

public class SidebarTests
{
    [Fact]
    public void Parse_Sidebar_GivesSectionHeadingAndTeaserPairsInOrder()
    {
        var article = Seed.Parse(Seed.Article(
            "Standfirst.", "Body.", "Latest Sport News", "See more Latest Sport News", "Alt one", "Headline one", "Alt two", "Headline two"));

        Assert.Equal("Sport", article.Section);
        Assert.NotNull(article.Latest);
        Assert.Equal("Latest Sport News", article.Latest.Heading);
        Assert.Equal([new Teaser("Alt one", "Headline one"), new Teaser("Alt two", "Headline two")], article.Latest.Items);
        Assert.Equal([new ParagraphBlock("Body.")], article.Body);
    }

    [Fact]
    public void Parse_SectionOfSeveralWords_IsKeptWhole()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "Latest Science and Technology News", "See more Latest Science and Technology News", "Alt", "Headline"));

        Assert.Equal("Science and Technology", article.Section);
    }

    [Fact]
    public void Parse_SidebarWithoutSeeMore_StillReadsTeasers()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "Latest World News", "Alt", "Headline"));

        Assert.Equal([new Teaser("Alt", "Headline")], article.Latest!.Items);
    }

    [Fact]
    public void Parse_TeaserWithoutImage_AtTheEnd_KeepsItsHeadline()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "Latest World News", "See more Latest World News", "Alt", "Headline", "Lonely headline"));

        Assert.Equal([new Teaser("Alt", "Headline"), new Teaser(null, "Lonely headline")], article.Latest!.Items);
    }

    [Fact]
    public void Parse_ParagraphThatReadsLikeAHeading_StaysInTheBody()
    {
        var article = Seed.Parse(Seed.Article(
            "Standfirst.", "Latest from Sky News", "More body.", "By Press Association", "Latest World News", "See more Latest World News", "Alt", "Headline"));

        Assert.Equal("World", article.Section);
        Assert.Equal("Press Association", article.Byline);
        Assert.Equal([new ParagraphBlock("Latest from Sky News"), new ParagraphBlock("More body.")], article.Body);
        Assert.Equal([new Teaser("Alt", "Headline")], article.Latest!.Items);
    }

    [Fact]
    public void Parse_HeadingInAnyCase_IsTheSidebar()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "LATEST UK POLITICS NEWS", "SEE MORE LATEST UK POLITICS NEWS", "Alt", "Headline"));

        Assert.Equal("UK POLITICS", article.Section);
        Assert.Equal([new Teaser("Alt", "Headline")], article.Latest!.Items);
    }

    [Fact]
    public void Parse_NoSidebar_HasNoSectionAndNoLatest()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "By Press Association"));

        Assert.Null(article.Section);
        Assert.Null(article.Latest);
    }
}
