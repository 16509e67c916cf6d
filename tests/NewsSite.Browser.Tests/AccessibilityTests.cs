using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsSite.Browser.Tests;

[Collection(SiteOnPortCollection.Name)]
public class AccessibilityTests(SiteOnPort server)
{
    public static readonly string[] Pages = ["/", SiteOnPort.ArticlePath, "/world", "/world/no-such-article", "/search?q=Pyongyang"];

    [BrowserFact]
    public async Task Axe_FindsNoWcagAOrAAViolations_InLightAndDarkMode()
    {
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var path in Pages)
            {
                var page = await server.NewPageAsync(1280, scheme);
                await page.GotoAsync(path);

                var result = await page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                });

                Assert.NotEmpty(result.Passes);
                problems.AddRange(result.Violations.Select(v =>
                    $"{scheme} {path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Headings_OneH1AndNoSkippedLevels()
    {
        foreach (var path in Pages)
        {
            var page = await server.NewPageAsync();
            await page.GotoAsync(path);

            var levels = await page.Locator("h1, h2, h3, h4, h5, h6").EvaluateAllAsync<int[]>("hs => hs.map(h => +h.tagName[1])");

            Assert.Equal(1, levels.Count(l => l == 1));
            Assert.Equal(1, levels[0]);
            Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"{path}: h{pair.First} is followed by h{pair.Second}"));
        }
    }

    [BrowserFact]
    public async Task Landmarks_AreAllPresentOnTheArticle()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(SiteOnPort.ArticlePath);

        foreach (var role in new[] { AriaRole.Banner, AriaRole.Main, AriaRole.Complementary, AriaRole.Contentinfo })
        {
            await Assertions.Expect(page.GetByRole(role)).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(2);
    }
}
