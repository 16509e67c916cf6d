using System.Text;

namespace NewsSite.Ingestion.Tests;

/// <summary>The one reader of publish times (SeedDate.TryParse), and every format going through it.</summary>
public class PublishDateTests
{
    [Theory]
    [InlineData("2021-07-14T09:34:00+02:00", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14 09:34:00+02:00", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14 09:34:00 +02:00", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14 09:34 +02:00", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14T09:34+0200", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14T09:34:00+02", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14t07:34:00z", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14 07:34:00Z", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14T07:34:00.123Z", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14T07:34:00,5 UTC", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-07-14T03:34:00-04:00", "2021-07-14T08:34:00+01:00")]
    [InlineData("2021-01-14T09:34:00-05:30", "2021-01-14T15:04:00+00:00")]
    [InlineData("2021-07-14T09:34:00", "2021-07-14T09:34:00+01:00")] // no offset: UK local time
    [InlineData("2021-07-14 09:34", "2021-07-14T09:34:00+01:00")]
    [InlineData("2021-01-14 09:34", "2021-01-14T09:34:00+00:00")]
    [InlineData("2021-07-14", "2021-07-14T00:00:00+01:00")]
    [InlineData(" 2021-07-14T09:34:00+02:00 ", "2021-07-14T08:34:00+01:00")]
    [InlineData("14 July 2021, 09:34", "2021-07-14T09:34:00+01:00")]
    [InlineData("14 July 2021 09:34", "2021-07-14T09:34:00+01:00")]
    public void TryParse_AnyAcceptedForm_GivesTheInstantInUkTime(string text, string expected)
    {
        Assert.True(SeedDate.TryParse(text, out var instant, out var error), error);
        Assert.Equal(expected, ArticleJson.FormatInstant(instant));
    }

    [Theory]
    [InlineData("2021-02-30T09:34:00Z", "2021-02-30 is not a date (February 2021 has 28 days)")]
    [InlineData("2021-13-01T09:34:00Z", "2021-13-01 is not a date (months run 01–12)")]
    [InlineData("2021-07-14T24:00:00Z", "24:00:00 is not a time of day (hours run 00–23, minutes and seconds 00–59)")]
    [InlineData("2021-07-14T09:60Z", "09:60 is not a time of day (hours run 00–23, minutes and seconds 00–59)")]
    [InlineData("2021-07-14T09:34:00+15:00", "the offset +15:00 is not a time zone's (offsets run -14:00 to +14:00)")]
    [InlineData("0000-01-01T00:00:00Z", "0000-01-01 is not a date (years run 0001–9999)")]
    [InlineData("soon", "expected the publish date as '14 March 2021, 09:34' (UK time) or ISO 8601 such as '2021-03-14T09:34:00+00:00', found 'soon'")]
    [InlineData("2021-07-14T09:34:00+02:00 and later", "expected the publish date as '14 March 2021, 09:34' (UK time) or ISO 8601 such as '2021-03-14T09:34:00+00:00', found '2021-07-14T09:34:00+02:00 and later'")]
    public void TryParse_Unreadable_SaysWhy(string text, string reason)
    {
        Assert.False(SeedDate.TryParse(text, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void TryParse_AroundTheSpringClockChange_UsesTheUkRule()
    {
        Assert.True(SeedDate.TryParse("2021-03-28 00:59:59 +00:00", out var beforeChange, out _));
        Assert.True(SeedDate.TryParse("2021-03-28 01:00:00 +00:00", out var afterChange, out _));
        Assert.Equal("2021-03-28T00:59:59+00:00", beforeChange.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2021-03-28T02:00:00+01:00", afterChange.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("06a_date-space-offset.md")]
    [InlineData("06c_date-space-offset.html")]
    public void Parse_FixtureWithSpaceSeparatedDateAndOffset_IsThatInstant(string fixture)
    {
        var path = Path.Combine(Seed.RepositoryRoot(), "tests", "Fixtures", "input-kinds", fixture);

        var result = SeedParser.Parse(path, File.ReadAllBytes(path));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("2021-07-14T08:34:00+01:00", ArticleJson.FormatInstant(result.Article.PublishedAt));
    }

    [Theory]
    [InlineData("seed.txt", "Headline\n\n2021-07-14 09:34:00 +02:00\n\nStandfirst.\n")]
    [InlineData("seed.md", "---\ntitle: Headline\npublished: \"2021-07-14 09:34:00 +02:00\"\n---\n\nStandfirst.\n")]
    [InlineData("seed.html", "<html><body><article><h1>Headline</h1><time datetime=\"2021-07-14 09:34:00 +02:00\">x</time><p>Standfirst.</p></article></body></html>")]
    [InlineData("seed.html", "<html><head><meta property=\"article:published_time\" content=\"2021-07-14 07:34Z\"></head><body><article><h1>Headline</h1><p>Standfirst.</p></article></body></html>")]
    [InlineData("seed.html", "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Headline\",\"datePublished\":\"2021-07-14 09:34:00 +02:00\"}</script></head><body><article><p>Standfirst.</p></article></body></html>")]
    public void Parse_EveryFormatAndPlaceOfTheDate_ReadsItAlike(string name, string text)
    {
        var result = SeedParser.Parse(name, Encoding.UTF8.GetBytes(text));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("2021-07-14T08:34:00+01:00", ArticleJson.FormatInstant(result.Article.PublishedAt));
    }

    [Fact]
    public void Parse_MarkdownWithUnreadableDate_NamesTheLineOfPublished()
    {
        var result = SeedParser.Parse("seed.md", Encoding.UTF8.GetBytes("---\ntitle: Headline\nsection: World\npublished: 2021-07-14 25:00\n---\n\nStandfirst.\n"));

        Assert.False(result.Succeeded);
        Assert.Equal(new SeedError("published: 25:00 is not a time of day (hours run 00–23, minutes and seconds 00–59)", 4), result.Error);
    }
}
