using Microsoft.Playwright;

namespace NewsSite.Browser.Tests;

[Collection(SiteOnPortCollection.Name)]
public class ReadingTests(SiteOnPort server)
{
    [BrowserFact]
    public async Task Reader_FollowsTheArticleFromHomeAndSeesCaptionedFigures()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "China and North Korea loom as top US officials head to Asia" }).First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(server.BaseUrl + SiteOnPort.ArticlePath);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("China and North Korea loom as top US officials head to Asia");
        var captions = page.Locator("article figure figcaption");
        await Assertions.Expect(captions).ToHaveCountAsync(2);
        await Assertions.Expect(captions.Nth(0)).ToBeVisibleAsync();
        await Assertions.Expect(captions.Nth(0).Locator(".credit")).ToHaveTextAsync("Picture: PA");
        await Assertions.Expect(captions.Nth(1).Locator(".credit")).ToBeVisibleAsync();
        await Assertions.Expect(captions.Nth(1).Locator(".credit")).ToContainTextAsync("Alex Brandon/AP");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "US secretary of state Antony Blinken and defence secretary Lloyd Austin" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Dates_ShowTheirAgeByTheReadersClock_AndKeepItCurrent()
    {
        var page = await server.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = new DateTime(2021, 3, 14, 9, 35, 30, DateTimeKind.Utc) });
        await page.GotoAsync(SiteOnPort.ArticlePath);

        var meta = page.Locator(".article-meta");
        await Assertions.Expect(meta.Locator("time")).ToHaveTextAsync("14 March 2021, 09:34");
        await Assertions.Expect(meta.Locator(".age")).ToHaveTextAsync("(1 minute ago)");

        await page.Clock.FastForwardAsync("02:00:00");
        await Assertions.Expect(meta.Locator(".age")).ToHaveTextAsync("(2 hours ago)");
    }

    [BrowserFact]
    public async Task Reader_FollowsASidebarLinkAndTheSeeMoreLink()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(SiteOnPort.ArticlePath);

        var sidebar = page.GetByRole(AriaRole.Complementary);
        await sidebar.GetByRole(AriaRole.Link, new() { Name = SiteOnPort.LinkedTeaser }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(SiteOnPort.LinkedTeaser);

        await page.GetByRole(AriaRole.Link, new() { Name = "See more Latest World News" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(server.BaseUrl + "/world");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Latest World News");
        await Assertions.Expect(page.Locator(".headline").First).ToHaveTextAsync(SiteOnPort.LinkedTeaser);
    }

    [BrowserFact]
    public async Task Keyboard_ReachesEveryLinkInOrderAndFollowsOne()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(SiteOnPort.ArticlePath);
        var links = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        var focusable = await page.Locator("a[href], input, button").CountAsync();

        var reached = new List<string>();
        for (var i = 0; i < focusable; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("document.activeElement.href ?? null") is { } href)
            {
                reached.Add(href);
            }
        }

        Assert.EndsWith("#main", reached[0]);
        Assert.Equal(links, reached);

        // The last link is the sidebar's "See more": Enter follows it.
        Assert.EndsWith("/world", reached[^1]);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(server.BaseUrl + "/world");
    }

    [BrowserFact]
    public async Task SkipLink_IsVisibleOnFocusAndMovesFocusToMain()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(SiteOnPort.ArticlePath);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        Assert.True((await skip.BoundingBoxAsync())!.Y >= 0);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
    }
}
