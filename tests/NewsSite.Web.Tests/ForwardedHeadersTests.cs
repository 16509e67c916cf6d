using System.Net;
using AngleSharp.Html.Parser;

namespace NewsSite.Web.Tests;

/// <summary>Only a configured proxy chooses the client address that sign-in limits and logs see.</summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task SignIn_ADifferentXForwardedForEachTime_DoesNotEscapeTheLimitByDefault()
    {
        using var site = new NewsSiteFactory { Settings = { ["Admin:SignInAttemptsPerMinute"] = "3" } };

        var answers = await SignInFromAsync(site, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"]);

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task SignIn_BehindAConfiguredProxy_IsLimitedPerForwardedAddress()
    {
        using var site = new NewsSiteFactory
        {
            Settings = { ["Admin:SignInAttemptsPerMinute"] = "3", ["Proxies:KnownProxies:0"] = "127.0.0.1", ["Proxies:KnownProxies:1"] = "::1" },
        };

        var distinct = await SignInFromAsync(site, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"]);
        var same = await SignInFromAsync(site, ["198.51.100.7", "198.51.100.7", "198.51.100.7", "198.51.100.7"]);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, distinct);
        Assert.Equal(HttpStatusCode.TooManyRequests, same[^1]);
    }

    [Fact]
    public void Settings_AProxyThatIsNotAnAddress_IsRefusedByName()
    {
        var options = new ProxyOptions { KnownProxies = ["127.0.0.1", "proxy.example"], KnownNetworks = ["10.0.0.0/8", "10.0.0.0/33"] };
        var problems = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), problems, validateAllProperties: true);

        Assert.False(valid);
        Assert.Equal(
            ["Proxies:KnownProxies: 'proxy.example' is not an IP address.", "Proxies:KnownNetworks: '10.0.0.0/33' is not a network in CIDR notation (e.g. 10.0.0.0/8)."],
            problems.Select(p => p.ErrorMessage));
    }

    /// <summary>Signs in with a wrong password once per address, from 127.0.0.1, each with that X-Forwarded-For.</summary>
    private static async Task<List<HttpStatusCode>> SignInFromAsync(NewsSiteFactory site, string[] forwardedFor)
    {
        var address = site.StartOnPort();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin/login"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var answers = new List<HttpStatusCode>();
        foreach (var forwarded in forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "editor", ["Password"] = "a wrong password", ["__RequestVerificationToken"] = token }),
                Headers = { { "X-Forwarded-For", forwarded } },
            };
            using var response = await client.SendAsync(request);
            answers.Add(response.StatusCode);
        }

        return answers;
    }
}
