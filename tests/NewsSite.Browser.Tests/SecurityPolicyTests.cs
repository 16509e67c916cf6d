using Microsoft.Playwright;

namespace NewsSite.Browser.Tests;

[Collection(SiteOnPortCollection.Name)]
public class SecurityPolicyTests(SiteOnPort server)
{
    // Collects every violation the page reports, from before its first script runs.
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", e => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
        """;

    [BrowserFact]
    public async Task Pages_UnderTheContentSecurityPolicy_ReportNoViolation()
    {
        var problems = new List<string>();
        foreach (var path in new[] { "/", SiteOnPort.ArticlePath, "/world", "/search?q=Pyongyang", "/admin/login", "/world/no-such-article" })
        {
            var page = await server.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    problems.Add($"{path}: {message.Text}");
                }
            };
            await page.AddInitScriptAsync(RecordViolations);

            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });

            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy"));
            problems.AddRange((await page.EvaluateAsync<string[]>("window.__violations")).Select(v => $"{path}: {v}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Article_UnderTheContentSecurityPolicy_RunsItsScriptAndStyleAndKeepsItsStructuredData()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(SiteOnPort.ArticlePath);

        await Assertions.Expect(page.Locator(".article-meta .age")).ToHaveCountAsync(1); // added by /js/age.js
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")); // /css/site.css applied
        var structured = await page.Locator("script[type='application/ld+json']").TextContentAsync();
        Assert.Contains("\"NewsArticle\"", structured);
    }
}
