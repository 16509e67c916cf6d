using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

/// <summary>An admin keeps the site in step with the seeds folder, over HTTP, and nothing is lost.</summary>
public sealed class AdminImportTests : IDisposable
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
    private const string ExampleFile = "000_20ca1ab23c72d2da.txt";
    private readonly NewsSiteFactory _site = new() { Settings = { ["Admin:SignInAttemptsPerMinute"] = "1000" } };

    [Fact]
    public async Task Reimport_UnchangedSeeds_ReportsEveryFileUnchanged()
    {
        var session = await AdminSession.SignedInAsync(_site);

        var page = await session.ReimportAsync();

        Assert.Equal(["unchanged"], page.QuerySelectorAll(".import-files tbody tr td:nth-child(2)").Select(td => td.TextContent));
        Assert.Equal("1", Total(page, "Unchanged"));
        Assert.Equal("0", Total(page, "Updated"));
    }

    [Fact]
    public async Task Reimport_EditedParagraph_ReportsOneUpdateAndShowsTheRevision()
    {
        var session = await AdminSession.SignedInAsync(_site);
        var path = Path.Combine(_site.SeedsFolder, ExampleFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("will then meet with senior Chinese officials", "will later meet senior Chinese officials"));

        var report = await session.ReimportAsync();

        Assert.Equal("1", Total(report, "Updated"));
        var revisionsLink = report.QuerySelectorAll(".import-files a").Single(a => a.TextContent == "what changed").GetAttribute("href")!;
        using (var anonymous = await AdminSession.Anonymous(_site).Client.GetAsync(revisionsLink))
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode); // revisions are for admins only
        }

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await session.Client.GetStringAsync(revisionsLink));
        var change = Assert.Single(page.QuerySelectorAll(".changes li"));
        Assert.Equal("Paragraph edited", change.QuerySelector("strong")?.TextContent);
        Assert.Contains("will then meet with senior Chinese officials", change.QuerySelector("del")?.TextContent);
        Assert.Contains("will later meet senior Chinese officials", change.QuerySelector("ins")?.TextContent);
        var article = await _site.GetDocumentAsync(ArticleUrl);
        Assert.Contains(article.QuerySelectorAll(".article-body p"), p => p.TextContent.Contains("will later meet senior Chinese officials"));
    }

    [Fact]
    public async Task Revisions_ParagraphAddedAndRemovedAndFigureChanged_AreEachShown()
    {
        var session = await AdminSession.SignedInAsync(_site);
        var path = Path.Combine(_site.SeedsFolder, ExampleFile);
        var blocks = File.ReadAllText(path).Split("\n\n").ToList();
        var removed = blocks.First(b => b.StartsWith("A senior administration official", StringComparison.Ordinal));
        blocks.Remove(removed);
        blocks.Insert(blocks.FindIndex(b => b.StartsWith("On Friday, Mr Biden", StringComparison.Ordinal)), "A paragraph added by the editor.");
        var figure = blocks.FindIndex(b => b.Contains("Alex Brandon/AP", StringComparison.Ordinal));
        blocks[figure] = blocks[figure].Replace("Alex Brandon/AP", "Jane Roe/PA");
        File.WriteAllText(path, string.Join("\n\n", blocks));

        var report = await session.ReimportAsync();
        var revisionsLink = report.QuerySelectorAll(".import-files a").Single(a => a.TextContent == "what changed").GetAttribute("href")!;
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await session.Client.GetStringAsync(revisionsLink));

        var changes = page.QuerySelectorAll(".changes li").Select(li => (What: li.QuerySelector("strong")?.TextContent, Before: li.QuerySelector("del")?.TextContent, After: li.QuerySelector("ins")?.TextContent)).ToList();
        Assert.Equal(["Paragraph removed", "Paragraph added", "Figure edited"], changes.Select(c => c.What));
        Assert.Equal(removed, changes[0].Before);
        Assert.Equal("A paragraph added by the editor.", changes[1].After);
        Assert.Contains("Alex Brandon/AP", changes[2].Before);
        Assert.Contains("Jane Roe/PA", changes[2].After);
    }

    [Fact]
    public async Task Reimport_RemovedSeed_WithdrawsItsArticleAndItsReturnRestoresIt()
    {
        var session = await AdminSession.SignedInAsync(_site);
        _site.WriteSeed("other.txt", SeedText.Article("Another World story"));
        await _site.ImportAsync();
        var path = Path.Combine(_site.SeedsFolder, ExampleFile);
        var kept = Path.Combine(_site.SeedsFolder, "..", "kept.txt");
        File.Move(path, kept);

        var withdrawn = await session.ReimportAsync();

        Assert.Equal("1", Total(withdrawn, "Withdrawn"));
        using (var gone = await _site.CreateClient().GetAsync(ArticleUrl))
        {
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        }

        var home = await _site.GetDocumentAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == ArticleUrl);
        Assert.True(await _site.QueryAsync(db => db.Articles.AnyAsync(a => a.SourceFile == ExampleFile)), "withdrawn, not deleted");

        File.Move(kept, path);
        var restored = await session.ReimportAsync();

        Assert.Equal("1", Total(restored, "Restored"));
        var article = await _site.GetDocumentAsync(ArticleUrl);
        Assert.Equal("China and North Korea loom as top US officials head to Asia", article.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Reimport_BrokenSeed_IsReportedWithItsReasonWhileTheRestImport()
    {
        var session = await AdminSession.SignedInAsync(_site);
        _site.WriteSeed("broken.txt", "A headline\n\n29 February 2023, 10:00\n");
        _site.WriteSeed("fine.txt", SeedText.Article("A fine new story"));

        var report = await session.ReimportAsync();

        var broken = report.QuerySelectorAll(".import-files tbody tr").Single(r => r.Children[0].TextContent == "broken.txt");
        Assert.Equal("failed", broken.Children[1].TextContent);
        Assert.Equal("line 3: 29 February 2023 is not a date (February 2023 has 28 days)", broken.QuerySelector(".import-error")?.TextContent);
        Assert.Equal("1", Total(report, "Added"));
        Assert.Equal("1", Total(report, "Failed"));
    }

    [Fact]
    public async Task Reimport_WhileAnotherImportRuns_SaysOneIsRunning()
    {
        var session = await AdminSession.SignedInAsync(_site);
        var runsBefore = await _site.QueryAsync(db => db.ImportRuns.CountAsync());
        using var running = _site.Services.GetRequiredService<ImportGate>().TryEnter();
        Assert.NotNull(running);

        using var response = await session.PostFormAsync("/admin?handler=Reimport", []);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("An import is already running", await response.Content.ReadAsStringAsync());
        Assert.Equal(runsBefore, await _site.QueryAsync(db => db.ImportRuns.CountAsync()));
    }

    [Fact]
    public async Task Reimport_AnswersBeforeTheImportEnds_AndTheAdminPageShowsItsProgressThenItsReport()
    {
        var session = await AdminSession.SignedInAsync(_site);
        var example = Path.Combine(_site.SeedsFolder, ExampleFile);
        File.WriteAllText(example, File.ReadAllText(example).Replace("will then meet with senior Chinese officials", "will later meet senior Chinese officials"));
        _site.WriteSeed("new.txt", SeedText.Article("A new story"));
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _site.HoldImport = hold;
        HttpResponseMessage pressed, pressedAgain;
        AngleSharp.Html.Dom.IHtmlDocument running;
        int runsWhileHeld;
        try
        {
            // The import waits at the changed seed until the hold is released: a button that waited for it would not answer.
            pressed = await session.PostFormAsync("/admin?handler=Reimport", []).WaitAsync(TimeSpan.FromMinutes(1));
            running = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await session.Client.GetStringAsync("/admin"));
            pressedAgain = await session.PostFormAsync("/admin?handler=Reimport", []);
            runsWhileHeld = await _site.QueryAsync(db => db.ImportRuns.CountAsync());
        }
        finally
        {
            hold.TrySetResult();
        }

        var reportLink = await session.WaitForImportAsync();
        var finished = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await session.Client.GetStringAsync("/admin"));
        var report = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await session.Client.GetStringAsync(reportLink));

        Assert.Equal(HttpStatusCode.SeeOther, pressed.StatusCode);
        Assert.Equal("/admin", pressed.Headers.Location?.OriginalString);
        Assert.StartsWith("Importing… 0 of 2 files", running.QuerySelector(".import-status")?.TextContent);
        Assert.Equal("2", running.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal(HttpStatusCode.Conflict, pressedAgain.StatusCode);
        Assert.Contains("An import is already running", await pressedAgain.Content.ReadAsStringAsync());
        Assert.Equal(1, runsWhileHeld); // the start-up import's; the second press started nothing
        Assert.Null(finished.QuerySelector("meta[http-equiv=refresh]"));
        Assert.StartsWith("Import finished: 1 added, 1 updated, 0 unchanged", finished.QuerySelector(".import-status")?.TextContent);
        Assert.Equal(("1", "1"), (Total(report, "Added"), Total(report, "Updated")));
        Assert.Equal(2, await _site.QueryAsync(db => db.ImportRuns.CountAsync()));
        pressed.Dispose();
        pressedAgain.Dispose();
    }

    [Fact]
    public async Task Upload_PreviewsAsTheParserSeesItThenImportsOnConfirmation()
    {
        var session = await AdminSession.SignedInAsync(_site);

        using var upload = await session.UploadAsync(
            ("../../escape attempt.txt", SeedText.Article("Uploaded story about the harbour")),
            ("bad.txt", "Only a headline\n"),
            ("notes.pdf", "%PDF-1.4 not a seed"));

        var preview = await session.FollowAsync(upload);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal(["escape-attempt.txt", "bad.txt"], preview.Page.QuerySelectorAll(".preview h2").Select(h => h.TextContent).Order().Reverse());
        Assert.Contains("Uploaded story about the harbour", preview.Page.QuerySelector(".preview-fields dd")?.TextContent);
        Assert.Contains(preview.Page.QuerySelectorAll(".import-error"), e => e.TextContent.Contains("no date line"));
        Assert.Contains(preview.Page.QuerySelectorAll(".form-problem li"), li => li.TextContent.Contains("notes.pdf"));
        Assert.False(File.Exists(Path.Combine(_site.SeedsFolder, "escape-attempt.txt")), "nothing is imported before confirmation");

        var previewUrl = upload.Headers.Location!.OriginalString;
        var (_, report) = await session.FollowAsync(await session.SubmitFormAsync(previewUrl, "Import these files"));

        Assert.True(File.Exists(Path.Combine(_site.SeedsFolder, "escape-attempt.txt")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_site.SeedsFolder, "..", ".."), "escape*", SearchOption.TopDirectoryOnly));
        Assert.Equal("1", Total(report, "Added"));
        Assert.False(File.Exists(Path.Combine(_site.SeedsFolder, "bad.txt")), "a file that does not parse stays out of the seeds folder");
    }

    [Fact]
    public async Task Upload_NeitherConfirmedNorDiscarded_IsRemovedAfterADay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        using var site = new NewsSiteFactory { Clock = clock };
        var session = await AdminSession.SignedInAsync(site);
        using var first = await session.UploadAsync(("first.txt", SeedText.Article("Left waiting")));
        var abandoned = first.Headers.Location!.OriginalString;

        clock.Advance(TimeSpan.FromHours(23));
        (await session.SignInAsync(AdminSession.Name, AdminSession.Password)).Dispose(); // a sign-in lasts 8 hours
        (await session.UploadAsync(("second.txt", SeedText.Article("A day's upload")))).Dispose();
        using var withinADay = await session.Client.GetAsync(abandoned);
        clock.Advance(TimeSpan.FromHours(2));
        (await session.SignInAsync(AdminSession.Name, AdminSession.Password)).Dispose();
        (await session.UploadAsync(("third.txt", SeedText.Article("The next day's upload")))).Dispose();
        using var afterADay = await session.Client.GetAsync(abandoned);

        Assert.Equal(HttpStatusCode.OK, withinADay.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, afterADay.StatusCode);
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(site.SeedsFolder, "..", "uploads")).Length);
    }

    [Fact]
    public async Task Upload_BrokenFileNamedLikeASeed_NeverReplacesIt()
    {
        var session = await AdminSession.SignedInAsync(_site);
        var original = File.ReadAllText(Path.Combine(_site.SeedsFolder, ExampleFile));

        using var upload = await session.UploadAsync((ExampleFile, "Broken\n"), ("x.TXT", SeedText.Article("First x")), ("../x.txt", SeedText.Article("Second x")));
        var (_, preview) = await session.FollowAsync(upload);
        Assert.Contains(preview.QuerySelectorAll(".form-problem li"), li => li.TextContent.Contains("already named x.txt"));
        var (_, report) = await session.FollowAsync(await session.SubmitFormAsync(upload.Headers.Location!.OriginalString, "Import these files"));

        Assert.Equal(original, File.ReadAllText(Path.Combine(_site.SeedsFolder, ExampleFile)));
        Assert.Equal("1", Total(report, "Added"));
        Assert.Equal("1", Total(report, "Unchanged"));
        Assert.Equal("First x", (await _site.GetDocumentAsync("/world/first-x")).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Section_NamedLikeTheSitesOwnPaths_GetsAUrlOfItsOwn()
    {
        _site.WriteSeed("admin.txt", SeedText.Article("Admin section story", section: "Admin"));

        var report = await _site.ImportAsync();

        Assert.Equal("/admin-news/admin-section-story", report.Files.Single(f => f.File == "admin.txt").Url);
        Assert.Equal("Latest Admin News", (await _site.GetDocumentAsync("/admin-news")).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task History_ListsEveryRunWithWhoAndHow()
    {
        var session = await AdminSession.SignedInAsync(_site);
        await session.ReimportAsync();

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await session.Client.GetStringAsync("/admin/imports"));

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["web", AdminSession.Name], rows[0][1..3]);
        Assert.Equal(["startup", "—"], rows[1][1..3]);
        Assert.StartsWith("0 added, 0 updated, 1 unchanged", rows[0][3]);
    }

    public void Dispose() => _site.Dispose();

    private static string? Total(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelectorAll(".import-totals div").SingleOrDefault(d => d.QuerySelector("dt")?.TextContent == name)?.QuerySelector("dd")?.TextContent;
}
