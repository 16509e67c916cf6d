using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Data;
using Serilog.Core;
using Serilog.Events;

namespace NewsSite.Web.Tests;

/// <summary>What an attacker tried against sign-in, each answered.</summary>
public sealed class SignInHardeningTests : IDisposable
{
    private readonly CountingHasher _hasher = new();
    private readonly CollectingSink _log = new();
    private readonly NewsSiteFactory _site;

    public SignInHardeningTests()
    {
        _site = new NewsSiteFactory
        {
            Settings = { ["Admin:SignInAttemptsPerMinute"] = "1000" },
            TestServices = services =>
            {
                services.AddSingleton<IPasswordHasher<AdminUser>>(_hasher);
                services.AddSingleton<ILogEventSink>(_log);
            },
        };
    }

    [Fact]
    public async Task SignIn_FortySimultaneousGuessesWithTheRightPasswordAmongThem_ChecksAtMostFive()
    {
        await _site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        var session = AdminSession.Anonymous(_site);
        var token = await session.TokenAsync("/admin/login");
        var passwords = Enumerable.Range(0, 40).Select(i => i == 20 ? AdminSession.Password : "wrong password " + i);

        var answers = await Task.WhenAll(passwords.Select(async password =>
        {
            using var response = await session.Client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = AdminSession.Name, ["Password"] = password, ["__RequestVerificationToken"] = token,
            }));
            return response.StatusCode;
        }));

        Assert.InRange(_hasher.ChecksOf(AdminSession.Name), 1, 5);
        Assert.All(answers, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Redirect, $"answered {status}"));
    }

    [Fact]
    public async Task SignOut_ACookieCopiedBeforehand_NoLongerOpensTheAdmin()
    {
        await _site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        var session = AdminSession.Anonymous(_site);
        string stolen;
        using (var signIn = await session.SignInAsync(AdminSession.Name, AdminSession.Password))
        {
            stolen = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }

        using var beforeSignOut = await ReplayAsync(stolen);
        using var signOut = await session.PostFormAsync("/admin/logout", [], formPage: "/admin");
        using var afterSignOut = await ReplayAsync(stolen);

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Equal("/admin/login", afterSignOut.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_NameWithANewlineOrAMegabyte_IsRefusedAtTheEdgeAndLogsNoLineOfIts()
    {
        await _site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        var session = AdminSession.Anonymous(_site);

        using var forged = await session.SignInAsync("editor\n[12:00:00 INF] Admin editor signed in", "whatever password");
        using var huge = await session.SignInAsync(new string('a', 1_000_000), "whatever password");

        Assert.Contains("Enter your name and password.", await forged.Content.ReadAsStringAsync());
        Assert.Contains("Enter your name and password.", await huge.Content.ReadAsStringAsync());
        Assert.DoesNotContain(_log.Messages, m => m.Contains('\n') || m.Length > 2 * Web.LogTextEnricher.MaxLength);
    }

    [Fact]
    public void LogText_ControlCharactersAndLongValues_AreEscapedAndCut()
    {
        Assert.Equal(@"editor\n[INF] fake\u2028\u001b[31m", Web.LogTextEnricher.Escape("editor\n[INF] fake\u2028\u001b[31m"));
        Assert.Equal(new string('a', Web.LogTextEnricher.MaxLength) + "… (10 more characters)", Web.LogTextEnricher.Escape(new string('a', Web.LogTextEnricher.MaxLength + 10)));
    }

    [SqliteFact]
    public async Task SignIn_WhileAnImportHoldsTheStoresWriteLock_AnswersBusyAtOnceAndWorksAfterwards()
    {
        await _site.CreateAdminAsync(AdminSession.Name, AdminSession.Password);
        var session = AdminSession.Anonymous(_site);
        HttpResponseMessage busy;
        await using (var importing = new SqliteConnection($"Data Source={_site.DatabasePath}"))
        {
            await importing.OpenAsync();
            await using var begin = importing.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE"; // the write lock an import holds until it commits
            await begin.ExecuteNonQueryAsync();
            busy = await session.SignInAsync(AdminSession.Name, AdminSession.Password);
        }

        using var afterwards = await session.SignInAsync(AdminSession.Name, AdminSession.Password);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Contains("Try again in a minute", await busy.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        busy.Dispose();
    }

    public void Dispose() => _site.Dispose();

    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin") { Headers = { { "Cookie", cookie } } };
        return await AdminSession.Anonymous(_site).Client.SendAsync(request);
    }

    private sealed class CountingHasher : IPasswordHasher<AdminUser>
    {
        private readonly PasswordHasher<AdminUser> _inner = new();
        private readonly Dictionary<string, int> _checks = [];

        public int ChecksOf(string name)
        {
            lock (_checks)
            {
                return _checks.GetValueOrDefault(name);
            }
        }

        public string HashPassword(AdminUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AdminUser user, string hashedPassword, string providedPassword)
        {
            lock (_checks)
            {
                _checks[user.Name] = _checks.GetValueOrDefault(user.Name) + 1;
            }

            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_messages)
            {
                _messages.Add(logEvent.RenderMessage());
            }
        }
    }
}
