using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace NewsSite.Web.Tests;

/// <summary>Nobody but a signed-in admin gets into /admin or changes anything there.</summary>
public sealed class AdminAccessTests : IDisposable
{
    private readonly NewsSiteFactory _site = new() { Settings = { ["Admin:SignInAttemptsPerMinute"] = "1000" } };

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/imports")]
    [InlineData("/admin/imports/1")]
    [InlineData("/admin/upload")]
    [InlineData("/admin/upload/0123456789abcdef0123456789abcdef")]
    [InlineData("/admin/export")]
    [InlineData("/admin/revisions/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia")]
    public async Task AdminPages_WithoutSigningIn_RedirectToLogin(string url)
    {
        using var response = await AdminSession.Anonymous(_site).Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Reimport_WithoutSigningIn_IsRefusedAndChangesNothing()
    {
        var session = AdminSession.Anonymous(_site);
        var runsBefore = await RunCountAsync();
        var token = await session.TokenAsync("/admin/login");

        using var response = await session.Client.PostAsync("/admin?handler=Reimport", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location?.AbsolutePath);
        Assert.Equal(runsBefore, await RunCountAsync());
    }

    [Fact]
    public async Task Upload_WithoutSigningIn_IsRefusedAndWritesNothing()
    {
        var session = AdminSession.Anonymous(_site);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await session.TokenAsync("/admin/login")), "__RequestVerificationToken" },
            { new StringContent("Headline\n\n1 May 2023, 10:00\n"), "files", "sneaky.txt" },
        };

        using var response = await session.Client.PostAsync("/admin/upload", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location?.AbsolutePath);
        Assert.False(File.Exists(Path.Combine(_site.SeedsFolder, "sneaky.txt")));
        Assert.False(Directory.Exists(Path.Combine(_site.SeedsFolder, "..", "uploads")) && Directory.EnumerateFileSystemEntries(Path.Combine(_site.SeedsFolder, "..", "uploads")).Any());
    }

    [Fact]
    public async Task Post_SignedInWithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var session = await AdminSession.SignedInAsync(_site);
        var runsBefore = await RunCountAsync();

        using var reimport = await session.Client.PostAsync("/admin?handler=Reimport", new FormUrlEncodedContent([]));
        using var form = new MultipartFormDataContent { { new StringContent("Headline\n\n1 May 2023, 10:00\n"), "files", "sneaky.txt" } };
        using var upload = await session.Client.PostAsync("/admin/upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, reimport.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(runsBefore, await RunCountAsync());
        Assert.False(File.Exists(Path.Combine(_site.SeedsFolder, "sneaky.txt")));
    }

    [Fact]
    public async Task SignIn_WrongPassword_IsRefusedWithAMessage()
    {
        await _site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        var session = AdminSession.Anonymous(_site);

        using var response = await session.SignInAsync(AdminSession.Name, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match an admin", await response.Content.ReadAsStringAsync());
        using var admin = await session.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        await _site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        var session = AdminSession.Anonymous(_site);
        for (var i = 0; i < 5; i++)
        {
            (await session.SignInAsync(AdminSession.Name, "wrong password " + i)).Dispose();
        }

        using var response = await session.SignInAsync(AdminSession.Name, AdminSession.Password);

        Assert.Contains("Sign-in failed", await response.Content.ReadAsStringAsync());
        using var admin = await session.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task SignIn_LockedAccount_OpensAgainFifteenMinutesLater()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        using var site = new NewsSiteFactory { Clock = clock, Settings = { ["Admin:SignInAttemptsPerMinute"] = "1000" } };
        await site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        var session = AdminSession.Anonymous(site);
        for (var i = 0; i < 5; i++)
        {
            (await session.SignInAsync(AdminSession.Name, "wrong password " + i)).Dispose();
        }

        clock.Advance(TimeSpan.FromMinutes(14));
        using var stillLocked = await session.SignInAsync(AdminSession.Name, AdminSession.Password);
        clock.Advance(TimeSpan.FromMinutes(1));
        using var open = await session.SignInAsync(AdminSession.Name, AdminSession.Password);

        Assert.Contains("Sign-in failed", await stillLocked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        using var admin = await session.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownNameAndWrongPassword_AreAnsweredAlike()
    {
        await _site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);

        using var unknown = await AdminSession.Anonymous(_site).SignInAsync("nobody-here", "some password 123");
        using var wrong = await AdminSession.Anonymous(_site).SignInAsync(AdminSession.Name, "some password 123");

        Assert.Equal(ProblemText(await unknown.Content.ReadAsStringAsync()), ProblemText(await wrong.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Session_OfARemovedAdminOrAfterAPasswordChange_IsNoLongerAccepted()
    {
        var removed = await AdminSession.SignedInAsync(_site);
        await _site.CreateAdminAsync("second", AdminSession.Password);
        var changed = AdminSession.Anonymous(_site);
        (await changed.SignInAsync("second", AdminSession.Password)).Dispose();
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<NewsSite.Web.Admin.AdminAccounts>();
            Assert.True(await accounts.RemoveAsync(AdminSession.Name));
            Assert.Null(await accounts.SetPasswordAsync("second", "a brand new password"));
        }

        using var first = await removed.Client.GetAsync("/admin");
        using var second = await changed.Client.GetAsync("/admin");

        Assert.Equal("/admin/login", first.Headers.Location?.AbsolutePath);
        Assert.Equal("/admin/login", second.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_SetsAStrictHttpOnlyCookie_SecureOverHttps()
    {
        await _site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);

        using var plain = await AdminSession.Anonymous(_site).SignInAsync(AdminSession.Name, AdminSession.Password);
        using var secure = await AdminSession.Anonymous(_site, "https://localhost").SignInAsync(AdminSession.Name, AdminSession.Password);

        var cookie = plain.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("newssite-admin=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.DoesNotContain("secure", cookie);
        Assert.Contains("; secure", secure.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("newssite-admin=", StringComparison.Ordinal)).ToLowerInvariant());
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var session = await AdminSession.SignedInAsync(_site);

        using var signOut = await session.PostFormAsync("/admin/logout", [], formPage: "/admin");
        using var admin = await session.Client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/admin/login", admin.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_TooManyAttemptsFromOneAddress_AreRateLimited()
    {
        using var site = new NewsSiteFactory { Settings = { ["Admin:SignInAttemptsPerMinute"] = "3" } };
        var session = AdminSession.Anonymous(site);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await session.SignInAsync("someone", "some password " + i);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var form = await session.Client.GetAsync("/admin/login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    [Fact]
    public async Task NoAccountExists_UntilOneIsCreated()
    {
        Assert.Equal(0, await _site.QueryAsync(db => db.Admins.CountAsync()));
    }

    public void Dispose() => _site.Dispose();

    private static string? ProblemText(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".form-problem")?.TextContent;

    private Task<int> RunCountAsync() => _site.QueryAsync(db => db.ImportRuns.CountAsync());
}
