namespace NewsSite.Ingestion.Tests;

public class DateLineTests
{
    [Theory]
    [InlineData("14 March 2021, 09:34", "2021-03-14T09:34:00+00:00")] // winter: GMT
    [InlineData("1 July 2022, 18:05", "2022-07-01T18:05:00+01:00")] // summer: BST, day without leading zero
    [InlineData("27 March 2022, 00:59", "2022-03-27T00:59:00+00:00")] // clock-change day, before 01:00 GMT
    [InlineData("27 March 2022, 01:30", "2022-03-27T02:30:00+01:00")] // the skipped hour: read as GMT, shown as the BST time it is
    [InlineData("27 March 2022, 02:00", "2022-03-27T02:00:00+01:00")] // first minute of BST
    [InlineData("27 March 2022, 03:10", "2022-03-27T03:10:00+01:00")]
    [InlineData("26 March 2022, 23:59", "2022-03-26T23:59:00+00:00")] // the day before
    [InlineData("30 October 2022, 00:30", "2022-10-30T00:30:00+01:00")]
    [InlineData("30 October 2022, 01:30", "2022-10-30T01:30:00+01:00")] // repeated hour: its first (BST) occurrence
    [InlineData("30 October 2022, 02:00", "2022-10-30T02:00:00+00:00")]
    [InlineData("29 October 2023, 02:45", "2023-10-29T02:45:00+00:00")]
    [InlineData("31 March 2024, 12:00", "2024-03-31T12:00:00+01:00")] // the last Sunday is the 31st
    [InlineData("24 March 2024, 12:00", "2024-03-24T12:00:00+00:00")] // a Sunday, but not the last
    [InlineData("29 February 2024, 23:15", "2024-02-29T23:15:00+00:00")] // leap day
    [InlineData("5 december 2020, 7:05", "2020-12-05T07:05:00+00:00")] // month in any case, one-digit hour
    public void Parse_DateLine_IsUkLocalTimeWithItsOffset(string line, string expected)
    {
        var article = Seed.Parse(Seed.Of("Headline", line));

        Assert.Equal(expected, ArticleJson.FormatInstant(article.PublishedAt));
    }

    [Theory]
    [InlineData("2021-03-14T09:34:00+00:00", "14 March 2021, 09:34")]
    [InlineData("2022-07-01T17:05:00+00:00", "1 July 2022, 18:05")]
    [InlineData("2022-10-30T01:30:00+00:00", "30 October 2022, 01:30")]
    public void Format_Instant_IsUkLocalTimeInTheSeedsForm(string instant, string expected)
    {
        Assert.Equal(expected, SeedDate.Format(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("31 February 2021, 09:34", "31 February 2021 is not a date (February 2021 has 28 days)")]
    [InlineData("29 February 2023, 09:34", "29 February 2023 is not a date (February 2023 has 28 days)")]
    [InlineData("0 May 2021, 09:34", "0 May 2021 is not a date (May 2021 has 31 days)")]
    [InlineData("14 March 2021, 25:61", "25:61 is not a time of day (hours run 00–23, minutes 00–59)")]
    [InlineData("14 March 2021, 24:00", "24:00 is not a time of day (hours run 00–23, minutes 00–59)")]
    [InlineData("14 Marchember 2021, 09:34", "'Marchember' is not an English month name")]
    [InlineData("١٤ March 2021, 09:34", "expected the publish date as '14 March 2021, 09:34' (UK time) or ISO 8601 such as '2021-03-14T09:34:00+00:00', found '١٤ March 2021, 09:34'")]
    [InlineData("Sunday afternoon", "expected the publish date as '14 March 2021, 09:34' (UK time) or ISO 8601 such as '2021-03-14T09:34:00+00:00', found 'Sunday afternoon'")]
    public void Parse_BadDateLine_SaysWhyWithItsLine(string line, string reason)
    {
        var error = Seed.Fail(Seed.Of("Headline", line, "Standfirst."));

        Assert.Equal(new SeedError(reason, 3), error);
    }

    [Fact]
    public void Parse_NoDateLine_IsAnError()
    {
        var error = Seed.Fail("Just a headline\n");

        Assert.Equal("no date line: expected the publish date (e.g. '14 March 2021, 09:34') after the headline", error.Message);
    }

    [Fact]
    public void Parse_DateLineAsFirstBlock_SaysThereIsNoHeadline()
    {
        var error = Seed.Fail(Seed.Of("14 March 2021, 09:34", "Standfirst."));

        Assert.Equal("line 1: no headline: the file starts with the date line", error.Message);
    }

    [Fact]
    public void Parse_HeadlineRunningIntoDate_SaysTheHeadlineMustBeOneLine()
    {
        var error = Seed.Fail("Headline\n14 March 2021, 09:34\n\nStandfirst.\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("headline must be a single line", error.Reason);
    }
}
