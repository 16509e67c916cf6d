using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Commands;
using NewsSite.Web.Import;
using Npgsql;

namespace NewsSite.Web.Tests;

/// <summary>
/// Two web nodes on one PostgreSQL database, each a host of its own on its own port, as behind a
/// load balancer: one browser's cookies go to both. The store, the Data Protection keys and the
/// import lock are all they share.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";

    private readonly NewsSiteFactory _a = new();
    private NewsSiteFactory _b = null!;
    private Uri _nodeA = null!;
    private Uri _nodeB = null!;
    private readonly CookieContainer _cookies = new();
    private HttpClientHandler _handler = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _nodeA = _a.StartOnPort();
        _b = NewsSiteFactory.NodeOf(_a);
        _nodeB = _b.StartOnPort();
        await _a.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        _handler = new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false };
        _browser = new HttpClient(_handler, disposeHandler: false);
    }

    [PostgresFact]
    public async Task SignInOnA_IsASessionOnB()
    {
        Assert.NotEqual(_nodeA.Port, _nodeB.Port);
        using var signIn = await PostFormAsync(_nodeA, "/admin/login", _nodeA, new() { ["Name"] = AdminSession.Name, ["Password"] = AdminSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var adminOnB = await _browser.GetAsync(new Uri(_nodeB, "/admin"));

        Assert.Equal(HttpStatusCode.OK, adminOnB.StatusCode);
        Assert.Contains(AdminSession.Name, await adminOnB.Content.ReadAsStringAsync());

        // The antiforgery token A issued is good on B too: B runs an import for the session A signed in.
        using var reimportOnB = await PostFormAsync(_nodeA, "/admin", _nodeB, [], "/admin?handler=Reimport");
        Assert.Equal(HttpStatusCode.SeeOther, reimportOnB.StatusCode);
        Assert.Equal("/admin", reimportOnB.Headers.Location?.OriginalString);
        Assert.StartsWith("/admin/imports/", await WaitForImportAsync(_nodeB));
    }

    [PostgresFact]
    public async Task ChangeImportedThroughA_IsServedByBAtOnce()
    {
        await SignInAsync();
        using var before = await _browser.GetAsync(new Uri(_nodeB, ArticleUrl));
        Assert.Contains("China and North Korea loom as top US officials head to Asia", await before.Content.ReadAsStringAsync());
        var etagOnB = before.Headers.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(_nodeB, ArticleUrl, etagOnB)).StatusCode); // B has it cached
        var seed = Path.Combine(_a.SeedsFolder, "000_20ca1ab23c72d2da.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("China and North Korea loom as top US officials head to Asia\n", "China and North Korea loom large\n"));

        using var import = await PostFormAsync(_nodeA, "/admin", _nodeA, [], "/admin?handler=Reimport");
        Assert.Equal(HttpStatusCode.SeeOther, import.StatusCode);
        await WaitForImportAsync(_nodeA);

        using var after = await GetAsync(_nodeB, ArticleUrl, etagOnB);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var page = new HtmlParser().ParseDocument(await after.Content.ReadAsStringAsync());
        Assert.Equal("China and North Korea loom large", page.QuerySelector("h1")?.TextContent);
        using var list = await _browser.GetAsync(new Uri(_nodeB, "/world"));
        Assert.Equal("China and North Korea loom large", new HtmlParser().ParseDocument(await list.Content.ReadAsStringAsync()).QuerySelector(".headline")?.TextContent.Trim());
    }

    [PostgresFact]
    public async Task SimultaneousImportsOnAAndB_OneRunsTheOtherIsToldNothingLostOrDuplicated()
    {
        await SignInAsync();
        GenerateSeedsCommand.Write(1500, _a.SeedsFolder, seed: 8);
        var articlesBefore = await _a.QueryAsync(db => db.Articles.CountAsync());
        var runsBefore = await _a.QueryAsync(db => db.ImportRuns.CountAsync());
        var tokenA = await TokenAsync(_nodeA, "/admin");
        var tokenB = await TokenAsync(_nodeB, "/admin");

        var answers = await Task.WhenAll(
            _browser.PostAsync(new Uri(_nodeA, "/admin?handler=Reimport"), Form(tokenA)),
            _browser.PostAsync(new Uri(_nodeB, "/admin?handler=Reimport"), Form(tokenB)));

        var ran = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.SeeOther);
        var told = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("An import is already running", await told.Content.ReadAsStringAsync());
        await WaitForImportAsync(ran == answers[0] ? _nodeA : _nodeB);
        Assert.Equal(runsBefore + 1, await _a.QueryAsync(db => db.ImportRuns.CountAsync()));
        var run = await _a.QueryAsync(db => db.ImportRuns.OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(1500, run.Added);
        Assert.Equal(articlesBefore + 1500, await _a.QueryAsync(db => db.Articles.CountAsync()));
        Assert.Equal(articlesBefore + 1500, await _a.QueryAsync(db => db.Articles.Select(a => a.SourceFile).Distinct().CountAsync()));
        Assert.Equal(0L, await AdvisoryLocksHeldAsync()); // released
    }

    [PostgresFact]
    public async Task ImportWhileAnotherProcessHoldsTheStoreLock_IsToldOneIsRunningThenRunsWhenItEnds()
    {
        await SignInAsync();
        await using (var otherNode = new NpgsqlConnection(_a.Store.ConnectionString))
        {
            await otherNode.OpenAsync();
            await using var importing = await otherNode.BeginTransactionAsync();
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ImportGate.AdvisoryLockKey})", otherNode, importing))
            {
                await take.ExecuteNonQueryAsync();
            }

            using var told = await PostFormAsync(_nodeA, "/admin", _nodeA, [], "/admin?handler=Reimport");
            Assert.Equal(HttpStatusCode.Conflict, told.StatusCode);
            Assert.Contains("An import is already running", await told.Content.ReadAsStringAsync());
        }

        using var runs = await PostFormAsync(_nodeA, "/admin", _nodeA, [], "/admin?handler=Reimport");
        Assert.Equal(HttpStatusCode.SeeOther, runs.StatusCode);
        await WaitForImportAsync(_nodeA);
    }

    public Task DisposeAsync()
    {
        _browser.Dispose();
        _handler.Dispose();
        _b.Dispose();
        _a.Dispose();
        return Task.CompletedTask;
    }

    private async Task SignInAsync()
    {
        using var signIn = await PostFormAsync(_nodeA, "/admin/login", _nodeA, new() { ["Name"] = AdminSession.Name, ["Password"] = AdminSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(Uri node, string url, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node, url)) { Headers = { IfNoneMatch = { etag } } };
        return await _browser.SendAsync(request);
    }

    // GETs the form page on one node and posts the form, with that page's antiforgery token, to another.
    private async Task<HttpResponseMessage> PostFormAsync(Uri formNode, string formPage, Uri postNode, Dictionary<string, string> fields, string? postUrl = null)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(formNode, formPage);
        return await _browser.PostAsync(new Uri(postNode, postUrl ?? formPage), new FormUrlEncodedContent(fields));
    }

    private async Task<string> TokenAsync(Uri node, string page)
    {
        var html = await _browser.GetStringAsync(new Uri(node, page));
        return new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{page} on {node} has no antiforgery token.");
    }

    // Reads a node's /admin, with this browser's cookies, until the import it shows has finished; returns the link to its report.
    private async Task<string> WaitForImportAsync(Uri node)
    {
        using var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = node };
        return await new AdminSession(client).WaitForImportAsync();
    }

    private static FormUrlEncodedContent Form(string token) => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

    private async Task<long> AdvisoryLocksHeldAsync()
    {
        await using var connection = new NpgsqlConnection(_a.Store.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
