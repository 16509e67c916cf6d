using AngleSharp.Html.Parser;
using NewsSite.Web.Commands;

namespace NewsSite.Web.Tests;

public sealed class ImportUnderLoadTests : IDisposable
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
    private const string OldHeadline = "China and North Korea loom as top US officials head to Asia";
    private const string NewHeadline = "China and North Korea loom as top US officials head to Asia this week";
    private const string OldSentence = "will then meet with senior Chinese officials";
    private const string NewSentence = "will later meet senior Chinese officials";
    // Readers must hit the store, not the output cache, for the test to see what an import does to them.
    private readonly NewsSiteFactory _site = new() { Settings = { ["Site:OutputCache"] = "false" } };

    [Fact]
    public async Task Readers_DuringALargeImport_GetNoErrorsAndEitherTheOldOrTheNewVersion()
    {
        _site.CreateClient(); // the store holds the original article
        GenerateSeedsCommand.Write(1000, _site.SeedsFolder, seed: 11);
        var example = Path.Combine(_site.SeedsFolder, "000_20ca1ab23c72d2da.txt");
        File.WriteAllText(example, File.ReadAllText(example).Replace(OldHeadline + "\n", NewHeadline + "\n").Replace(OldSentence, NewSentence));

        var import = Task.Run(_site.ImportAsync);
        var seen = new List<(string Headline, bool OldText, bool NewText)>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var client = _site.CreateClient();
            var parser = new HtmlParser();
            var mine = new List<(string, bool, bool)>();
            while (!import.IsCompleted)
            {
                using var response = await client.GetAsync(ArticleUrl);
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                var body = page.QuerySelector(".article-body")!.TextContent;
                mine.Add((page.QuerySelector("h1")!.TextContent, body.Contains(OldSentence), body.Contains(NewSentence)));
            }

            return mine;
        })).ToList();

        var report = await import;
        foreach (var reader in readers)
        {
            seen.AddRange(await reader);
        }

        Assert.Equal(1000, report.Added);
        Assert.Equal(1, report.Updated);
        Assert.NotEmpty(seen);
        Assert.All(seen, page => Assert.True(
            page == (OldHeadline, true, false) || page == (NewHeadline, false, true),
            $"a page mixed versions: {page}"));
        var after = await _site.GetDocumentAsync(ArticleUrl);
        Assert.Equal(NewHeadline, after.QuerySelector("h1")?.TextContent);
    }

    public void Dispose() => _site.Dispose();
}
