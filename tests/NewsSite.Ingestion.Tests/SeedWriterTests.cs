namespace NewsSite.Ingestion.Tests;

public class SeedWriterTests
{
    [Fact]
    public void Write_OriginalSeed_ParsesBackToTheSameArticle()
    {
        var original = SeedParser.Parse(File.ReadAllBytes(Path.Combine(Seed.RepositoryRoot(), "seeds", "000_20ca1ab23c72d2da.txt"))).Article!;

        var again = Seed.Parse(SeedWriter.Write(original));

        Assert.Equal(original, again, ArticleComparer.Instance);
    }

    [Theory]
    [InlineData("Headline\n\n30 October 2022, 01:30\n")] // the repeated autumn hour
    [InlineData("Headline\n\n27 March 2022, 01:30\n")] // the skipped spring hour
    [InlineData("Headline\n\n1 July 2022, 18:05\n\nAlt\nPicture: PA\n\nStandfirst.\n\nInline\nThe square (Jane Doe (PA))\n\nBy dpa\n\nLatest UK Politics News\n\nSee more Latest UK Politics News\n\nAlt\nTeaser\n\nLonely teaser\n")]
    [InlineData("Headline\n\n1 July 2022, 18:05\n\nStandfirst.\n\nA caption-less figure\nThe church before the restoration began\n\nBy the end of the year, it was done.\n")]
    public void Write_EdgeCases_ParseBackToTheSameArticle(string text)
    {
        var original = Seed.Parse(text);

        Assert.Equal(original, Seed.Parse(SeedWriter.Write(original)), ArticleComparer.Instance);
    }

    [Fact]
    public void Generate_SameCountAndSeed_GivesTheSameArticles()
    {
        var first = SeedGenerator.Generate(50, seed: 7).Select(d => SeedWriter.Write(d)).ToList();
        var second = SeedGenerator.Generate(50, seed: 7).Select(d => SeedWriter.Write(d)).ToList();
        var other = SeedGenerator.Generate(50, seed: 8).Select(d => SeedWriter.Write(d)).ToList();

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_Articles_VaryLikeRealOnes()
    {
        var drafts = SeedGenerator.Generate(500, seed: 3).ToList();

        Assert.True(drafts.Select(d => d.Section).Distinct().Count() >= 6);
        Assert.InRange(drafts.Min(d => d.Body.OfType<ParagraphBlock>().Count() + 1), 5, 8);
        Assert.InRange(drafts.Max(d => d.Body.OfType<ParagraphBlock>().Count() + 1), 55, 60);
        Assert.Contains(drafts, d => d.LeadImage is null && !d.Body.OfType<FigureBlock>().Any());
        Assert.Contains(drafts, d => (d.LeadImage is null ? 0 : 1) + d.Body.OfType<FigureBlock>().Count() == 4);
        Assert.Contains(drafts, d => d.Latest is null);
        Assert.Contains(drafts, d => d.Byline is null);
        Assert.Contains(drafts, d => d.PublishedAt.Offset == TimeSpan.FromHours(1));
        Assert.Contains(drafts, d => d.PublishedAt.Offset == TimeSpan.Zero);
    }

    [Fact]
    public void Write_GeneratedArticles_ParseBackToTheSameArticles()
    {
        var index = 0;
        foreach (var draft in SeedGenerator.Generate(count: 300, seed: 42))
        {
            var label = Captions.Labels[index++ % Captions.Labels.Length];
            Assert.Equal(draft, Seed.Parse(SeedWriter.Write(draft, label)), ArticleComparer.Instance);
        }
    }
}
