using System.Text;

namespace NewsSite.Ingestion.Tests;

public class BadInputTests
{
    private static readonly string Text = Seed.Of("Headline", "14 March 2021, 09:34", "Lead alt\nLead caption. Picture: PA", "Standfirst.", "Body.", "By Press Association");

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsIgnored()
    {
        var article = SeedParser.Parse([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]).Article;

        Assert.Equal("Headline", article?.Title);
    }

    [Fact]
    public void Parse_CrlfLineEndings_ReadLikeLf()
    {
        Assert.Equal(Seed.Parse(Text), Seed.Parse(Text.Replace("\n", "\r\n")), ArticleComparer.Instance);
    }

    [Fact]
    public void Parse_SpacesAndTabsOnlyLinesAndRunsOfBlankLines_SeparateBlocksLikeOneBlankLine()
    {
        var loose = Text.Replace("\n\n", "\n \t \n\n\n\t\n");

        Assert.Equal(Seed.Parse(Text), Seed.Parse(loose), ArticleComparer.Instance);
    }

    [Fact]
    public void Parse_LeadingAndTrailingWhitespace_IsTrimmedFromEveryLine()
    {
        var padded = string.Join("\n", Text.Split('\n').Select(line => line.Length == 0 ? line : "  \t" + line + " \t "));

        Assert.Equal(Seed.Parse(Text), Seed.Parse("\n\n  \n" + padded), ArticleComparer.Instance);
    }

    [Fact]
    public void Parse_LoneCarriageReturn_IsNotALineBreak()
    {
        var article = Seed.Parse(Seed.Article("Standfirst.", "One\rtwo"));

        Assert.Equal([new ParagraphBlock("One\rtwo")], article.Body);
    }

    [Fact]
    public void Parse_MissingFinalNewline_KeepsTheLastLine()
    {
        var article = Seed.Parse(Text.TrimEnd('\n'));

        Assert.Equal("Press Association", article.Byline);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData(" \t \r\n\t\n   ")]
    public void Parse_EmptyOrWhitespaceOnly_SaysSo(string text)
    {
        var error = Seed.Fail(text);

        Assert.Contains(text.Length == 0 ? "file is empty" : "blank or whitespace only", error.Reason);
    }

    [Fact]
    public void Parse_OnlyAByteOrderMark_IsBlank()
    {
        Assert.Contains("blank", Seed.Fail([0xEF, 0xBB, 0xBF]).Reason);
    }

    [Fact]
    public void Parse_InvalidUtf8_NamesTheByteAndLine()
    {
        var error = Seed.Fail([.. "Headline\n\n"u8, 0xC3, 0x28, .. "\n"u8]);

        Assert.Equal(new SeedError("file is not valid UTF-8 (byte 0xC3 at offset 10): it is binary or in another encoding", 3), error);
    }

    [Fact]
    public void Parse_Latin1Text_IsNotUtf8()
    {
        var error = Seed.Fail(Encoding.Latin1.GetBytes("Café society\n\n14 March 2021, 09:34\n"));

        Assert.StartsWith("file is not valid UTF-8", error.Reason);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Parse_NulByte_IsBinary()
    {
        var error = Seed.Fail([.. "Headline\n\n14 March 2021, 09:34\n\nText"u8, 0, .. "more\n"u8]);

        Assert.Equal(new SeedError("file contains a NUL byte: it is binary data, not text", 5), error);
    }

    [Fact]
    public void Parse_Utf16WithByteOrderMark_SaysUtf16()
    {
        var error = Seed.Fail([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)]);

        Assert.Contains("UTF-16", error.Reason);
    }

    [Fact]
    public void Parse_Utf16WithoutByteOrderMark_SaysUtf16()
    {
        var error = Seed.Fail(Encoding.BigEndianUnicode.GetBytes(Text));

        Assert.Contains("UTF-16", error.Reason);
    }

    [Fact]
    public void Parse_FileOverTheSizeLimit_HasItsOwnError()
    {
        var error = Seed.Fail(Encoding.UTF8.GetBytes(Text), maxBytes: 20);

        Assert.Equal($"file is {Encoding.UTF8.GetByteCount(Text)} bytes, over the 20 bytes size limit", error.Message);
    }

    [Fact]
    public void Parse_DefaultSizeLimit_IsTwoMegabytes()
    {
        var eightMegabytesOnOneLine = new byte[8 * 1024 * 1024];
        eightMegabytesOnOneLine.AsSpan().Fill((byte)'a');

        var error = Seed.Fail(eightMegabytesOnOneLine);

        Assert.Equal("file is 8 MB, over the 2 MB size limit", error.Message);
    }

    public static TheoryData<string, byte[], SeedError> HostileInputs()
    {
        var noise = new byte[64 * 1024];
        new Random(7).NextBytes(noise);
        return new()
        {
            { "one 1.9 MB line", Encoding.ASCII.GetBytes(new string('x', 1_900_000)), new SeedError("no date line: expected the publish date (e.g. '14 March 2021, 09:34') after the headline") },
            { "half a million newlines", Encoding.ASCII.GetBytes(new string('\n', 500_000)), new SeedError("file has no text: it is blank or whitespace only") },
            { "whitespace lines", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(" \t\r\n", 400_000))), new SeedError("file has no text: it is blank or whitespace only") },
            { "random bytes", noise, new SeedError("file contains a NUL byte: it is binary data, not text", 1) },
            { "zero bytes", new byte[10_000], new SeedError("file contains a NUL byte: it is binary data, not text", 1) },
        };
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Parse_HostileInput_GivesItsOwnReasonAndLine(string input, byte[] bytes, SeedError expected)
    {
        var error = Seed.Fail(bytes);

        Assert.True(expected == error, $"{input}: expected \"{expected.Message}\", got \"{error.Message}\"");
    }
}
