using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsSite.Web.Tests;

/// <summary>An article's revisions page lists what each import changed, even in very long articles, and caps the list.</summary>
public sealed class RevisionTests : IDisposable
{
    private const string RevisionsUrl = "/admin/revisions/world/a-very-long-story";
    private readonly NewsSiteFactory _site = new();

    [Fact]
    public async Task LongArticle_AFewParagraphsChanged_ListsExactlyThoseChanges()
    {
        var session = await AdminSession.SignedInAsync(_site);
        var body = Paragraphs(20_000);
        await ImportAsync(body);
        body[4_999] = "Paragraph 5000 of the long story, as it was rewritten.";
        var removed = body[9_999];
        body.RemoveAt(9_999);
        body.Insert(15_000, "A paragraph added by the editor.");

        await ImportAsync(body);
        var revision = Assert.Single(await RevisionsAsync(session));

        var changes = Changes(revision);
        Assert.Equal(["Paragraph edited", "Paragraph removed", "Paragraph added"], changes.Select(c => c.What));
        Assert.Equal(("Paragraph 5000 of the long story, as it was first written.", "Paragraph 5000 of the long story, as it was rewritten."), (changes[0].Before, changes[0].After));
        Assert.Equal(("first written", "rewritten"), (changes[0].RemovedWords, changes[0].InsertedWords));
        Assert.Equal((removed, null), (changes[1].Before, changes[1].After));
        Assert.Equal((null, "A paragraph added by the editor."), (changes[2].Before, changes[2].After));
        Assert.Null(revision.QuerySelector(".more-changes"));
    }

    [Fact]
    public async Task LongArticle_ManyParagraphsChanged_ListsTheFirst200AndCountsTheRest()
    {
        var session = await AdminSession.SignedInAsync(_site);
        var body = Paragraphs(20_000);
        await ImportAsync(body);
        var edited = Enumerable.Range(0, body.Count).Where(i => i % 50 == 0).ToList();
        foreach (var i in edited)
        {
            body[i] += " Updated.";
        }

        await ImportAsync(body);
        var revision = Assert.Single(await RevisionsAsync(session));

        var changes = Changes(revision);
        Assert.Equal(400, edited.Count);
        Assert.Equal(200, changes.Count);
        Assert.All(changes, c => Assert.Equal("Paragraph edited", c.What));
        Assert.Equal(edited.Take(200).Select(i => body[i]), changes.Select(c => c.After));
        Assert.All(changes, c => Assert.Equal(("", true), (c.RemovedWords, c.InsertedWords.Contains("Updated", StringComparison.Ordinal))));
        Assert.Equal("…and 200 more changes, not listed.", revision.QuerySelector(".more-changes")?.TextContent);
    }

    public void Dispose() => _site.Dispose();

    private static List<string> Paragraphs(int count) => [.. Enumerable.Range(1, count).Select(i => $"Paragraph {i} of the long story, as it was first written.")];

    private async Task ImportAsync(List<string> body)
    {
        _site.WriteSeed("long.txt", SeedText.Article("A very long story", paragraphs: ["The standfirst of a very long story.", .. body]));
        await _site.ImportAsync();
    }

    private static async Task<IHtmlCollection<IElement>> RevisionsAsync(AdminSession session) =>
        new HtmlParser().ParseDocument(await session.Client.GetStringAsync(RevisionsUrl)).QuerySelectorAll(".revision");

    private static List<Change> Changes(IElement revision) =>
        [.. revision.QuerySelectorAll(".changes li").Select(li => new Change(
            li.QuerySelector("strong")?.TextContent,
            li.QuerySelector("del")?.TextContent,
            li.QuerySelector("ins")?.TextContent,
            string.Concat(li.QuerySelectorAll("del mark").Select(m => m.TextContent)),
            string.Concat(li.QuerySelectorAll("ins mark").Select(m => m.TextContent))))];

    private sealed record Change(string? What, string? Before, string? After, string RemovedWords, string InsertedWords);
}
