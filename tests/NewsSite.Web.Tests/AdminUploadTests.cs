using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

/// <summary>Uploads under a bad day: double clicks, two admins, files changed between preview and confirm, many refused files.</summary>
public sealed class AdminUploadTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private const string Import = "Import these files";
    private readonly NewsSiteFactory _site = new() { Settings = { ["Admin:SignInAttemptsPerMinute"] = "1000" } };

    [Fact]
    public async Task Confirm_SentSeveralTimesAtOnce_ImportsOnceAndAnswersEachWithTheSameReport()
    {
        var session = await AdminSession.SignedInAsync(_site);
        using var upload = await session.UploadAsync(("double-click.txt", SeedText.Article("Confirmed with a double click")));
        var preview = upload.Headers.Location!.OriginalString;
        var form = await session.ReadFormAsync(preview, Import);
        var runsBefore = await _site.QueryAsync(db => db.ImportRuns.CountAsync());

        var answers = (await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => session.SubmitAsync(form)))).ToList();
        answers.Add(await session.SubmitAsync(form)); // and once more, after the import
        answers.Add(await session.Client.GetAsync(preview)); // the preview of an imported upload leads to its report

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode));
        var report = Assert.Single(answers.Select(a => a.Headers.Location!.OriginalString).Distinct());
        Assert.StartsWith("/admin/imports/", report);
        Assert.Equal(runsBefore + 1, await _site.QueryAsync(db => db.ImportRuns.CountAsync()));
        Assert.Equal("Confirmed with a double click", (await _site.GetDocumentAsync("/world/confirmed-with-a-double-click")).QuerySelector("h1")?.TextContent);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task Upload_OfANameInAnotherAdminsPendingUpload_IsWarnedAndReplacesTheirSeedOnlyWhenChosen()
    {
        var alice = await SignInAsync("alice");
        var bob = await SignInAsync("bob");
        using var aliceUpload = await alice.UploadAsync(("harbour.txt", SeedText.Article("Harbour reopens, says Alice")));
        using var bobUpload = await bob.UploadAsync(("harbour.txt", SeedText.Article("Harbour stays shut, says Bob")));
        var bobPreview = bobUpload.Headers.Location!.OriginalString;

        var (_, seenByBob) = await bob.FollowAsync(bobUpload);
        Assert.Contains("alice", seenByBob.QuerySelector(".also-pending")?.TextContent);
        var bobsForm = await bob.ReadFormAsync(bobPreview, Import);

        // Alice confirms first; Bob then confirms what he saw before that.
        using (var aliceConfirm = await alice.SubmitFormAsync(aliceUpload.Headers.Location!.OriginalString, Import))
        {
            Assert.Equal(HttpStatusCode.Redirect, aliceConfirm.StatusCode);
        }

        using var refused = await bob.SubmitAsync(bobsForm);
        var refusal = await PageAsync(refused);
        Assert.True(refused.StatusCode == HttpStatusCode.Conflict, refusal.QuerySelector(".refusal")?.TextContent);
        Assert.Contains("harbour.txt changed in the seeds folder", refusal.QuerySelector(".refusal")?.TextContent);
        Assert.NotNull(refusal.QuerySelector(".seed-changed"));
        Assert.Contains("says Alice", File.ReadAllText(Path.Combine(_site.SeedsFolder, "harbour.txt")));

        // Confirming again without the explicit choice changes nothing either.
        using (var again = await bob.SubmitFormAsync(bobPreview, Import))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        Assert.Equal("Harbour reopens, says Alice", (await _site.GetDocumentAsync("/world/harbour-reopens-says-alice")).QuerySelector("h1")?.TextContent);

        var (_, report) = await bob.FollowAsync(await bob.SubmitFormAsync(bobPreview, Import, tick: value => value.StartsWith("harbour.txt:", StringComparison.Ordinal)));
        Assert.Equal("1", report.QuerySelectorAll(".import-totals div").Single(d => d.QuerySelector("dt")?.TextContent == "Updated").QuerySelector("dd")?.TextContent);
        Assert.Contains("says Bob", File.ReadAllText(Path.Combine(_site.SeedsFolder, "harbour.txt")));
        Assert.Equal("Harbour stays shut, says Bob", (await _site.GetDocumentAsync("/world/harbour-reopens-says-alice")).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Confirm_AfterTheStagedFileChanged_ImportsNothingUntilThePreviewShowsIt()
    {
        var session = await AdminSession.SignedInAsync(_site);
        using var upload = await session.UploadAsync(("swapped.txt", SeedText.Article("The story the admin read")));
        var preview = upload.Headers.Location!.OriginalString;
        var form = await session.ReadFormAsync(preview, Import);
        var staged = Path.Combine(_site.SeedsFolder, "..", "uploads", preview.Split('/')[^1], "swapped.txt");
        File.WriteAllText(staged, SeedText.Article("A story nobody previewed"));
        var swapped = File.ReadAllBytes(staged);

        using var refused = await session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("swapped.txt changed after the preview", (await PageAsync(refused)).QuerySelector(".refusal")?.TextContent);
        Assert.False(File.Exists(Path.Combine(_site.SeedsFolder, "swapped.txt")));

        var (_, report) = await session.FollowAsync(await session.SubmitFormAsync(preview, Import));
        Assert.Contains(report.QuerySelectorAll(".import-files a"), a => a.TextContent == "/world/a-story-nobody-previewed");
        Assert.Equal(swapped, File.ReadAllBytes(Path.Combine(_site.SeedsFolder, "swapped.txt")));
    }

    [Fact]
    public async Task Confirm_ByAnotherAdmin_TheReportAndHistoryShowWhoUploadedAndWhoConfirmed()
    {
        var alice = await SignInAsync("alice");
        var bob = await SignInAsync("bob");
        using var upload = await alice.UploadAsync(("handover.txt", SeedText.Article("A story handed over")));
        var preview = upload.Headers.Location!.OriginalString;

        var (_, seenByBob) = await bob.FollowAsync(upload);
        var (_, report) = await bob.FollowAsync(await bob.SubmitFormAsync(preview, Import));
        var history = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await bob.Client.GetStringAsync("/admin/imports"));

        Assert.StartsWith("Uploaded by alice on ", seenByBob.QuerySelector(".upload-by")?.TextContent);
        Assert.StartsWith("An upload by alice, confirmed by bob, into ", report.QuerySelector(".import-by")?.TextContent);
        Assert.Equal(["upload", "bob (uploaded by alice)"], history.QuerySelectorAll("tbody tr")[0].Children.Skip(1).Take(2).Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Upload_WithManyRefusedLongNames_ListsSomeAndCountsTheRest_AndEveryPageStillAnswers()
    {
        // On Kestrel, whose header limits a browser meets (the in-memory test server has none).
        using var site = new NewsSiteFactory { Settings = { ["Admin:SignInAttemptsPerMinute"] = "1000" } };
        var address = site.StartOnPort();
        await site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer { PerDomainCapacity = 180 }, AllowAutoRedirect = false };
        var session = new AdminSession(new HttpClient(handler) { BaseAddress = address });
        (await session.SignInAsync(AdminSession.Name, AdminSession.Password)).Dispose();
        var files = Enumerable.Range(0, SeedUploads.MaxFiles - 1)
            .Select(i => ($"{i:000} {new string('x', 300)}\u0007.pdf", "not a seed"))
            .Append(("good.txt", SeedText.Article("The one good file")))
            .ToArray();

        using var upload = await session.UploadAsync(files);
        var (status, preview) = await session.FollowAsync(upload);

        Assert.Equal(HttpStatusCode.OK, status);
        var problems = preview.QuerySelectorAll(".upload-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(SeedUploads.ProblemsShown + 1, problems.Count);
        Assert.StartsWith("000 xxx", problems[0]);
        Assert.All(problems, p => Assert.True(p.Length < SeedUploads.ShownNameLength + 80, p));
        Assert.DoesNotContain(problems, p => p.Any(char.IsControl));
        Assert.Equal($"and {SeedUploads.MaxFiles - 1 - SeedUploads.ProblemsShown} more files refused", problems[^1]);
        foreach (var page in new[] { "/", "/admin", "/admin/upload", upload.Headers.Location!.OriginalString })
        {
            using var response = await session.Client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
        }
    }

    public void Dispose() => _site.Dispose();

    private async Task<AdminSession> SignInAsync(string name)
    {
        await _site.CreateAdminAsync(name, Password);
        var session = AdminSession.Anonymous(_site);
        using var response = await session.SignInAsync(name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    private static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
