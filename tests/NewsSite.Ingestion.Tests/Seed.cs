namespace NewsSite.Ingestion.Tests;

/// <summary>Builds seed text for tests: blocks separated by blank lines.</summary>
internal static class Seed
{
    public const string Headline = "Ministers meet in Brussels";
    public const string Date = "14 March 2021, 09:34";

    public static string Of(params string[] blocks) => string.Join("\n\n", blocks) + "\n";

    /// <summary>A headline, the date, then the given blocks.</summary>
    public static string Article(params string[] blocks) => Of([Headline, Date, .. blocks]);

    public static ArticleDraft Parse(string text)
    {
        var result = SeedParser.Parse(text);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Article;
    }

    public static SeedError Fail(byte[] bytes, int maxBytes = SeedParser.DefaultMaxBytes)
    {
        var result = SeedParser.Parse(bytes, maxBytes);
        Assert.False(result.Succeeded);
        return result.Error;
    }

    public static SeedError Fail(string text) => Fail(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The repository's top folder, found from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsSite.sln not found above " + AppContext.BaseDirectory);
    }
}
