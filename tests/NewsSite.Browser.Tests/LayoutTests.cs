using Microsoft.Playwright;

namespace NewsSite.Browser.Tests;

[Collection(SiteOnPortCollection.Name)]
public class LayoutTests(SiteOnPort server)
{
    [BrowserFact]
    public async Task Article_WideScreen_PutsTheSidebarBesideTheArticle()
    {
        var (article, sidebar) = await MeasureAsync(1280, ColorScheme.Light);

        Assert.True(sidebar.X >= article.X + article.Width, $"sidebar at x={sidebar.X}, article ends at x={article.X + article.Width}");
        Assert.True(sidebar.Y < article.Y + 200, "the sidebar starts level with the article");
    }

    [BrowserFact]
    public async Task Article_Phone_PutsTheSidebarAfterTheArticleWithoutSideScrolling()
    {
        var page = await server.NewPageAsync(375);
        await page.GotoAsync(SiteOnPort.ArticlePath);
        var (article, sidebar) = await MeasureAsync(375, ColorScheme.Light);

        Assert.True(sidebar.Y >= article.Y + article.Height, "the sidebar follows the article");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no horizontal scrolling at 375 px");
    }

    [BrowserFact]
    public async Task Pages_NarrowestPhone_HaveNoHorizontalScrolling()
    {
        foreach (var path in new[] { "/", SiteOnPort.ArticlePath, "/world" })
        {
            var page = await server.NewPageAsync(320);
            await page.GotoAsync(path);

            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at 320 px");
        }
    }

    [BrowserFact]
    public async Task Screenshots_AtPhoneAndDesktopWidths_InLightAndDarkMode_AreKept()
    {
        Directory.CreateDirectory(BrowserEnvironment.ScreenshotFolder);
        foreach (var width in new[] { 375, 1280 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var page = await server.NewPageAsync(width, scheme);
                await page.GotoAsync(SiteOnPort.ArticlePath);
                var path = Path.Combine(BrowserEnvironment.ScreenshotFolder, $"article-{width}-{scheme.ToString().ToLowerInvariant()}.png");

                await page.ScreenshotAsync(new() { Path = path, FullPage = true });

                Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty");
            }
        }
    }

    [BrowserFact]
    public async Task DarkMode_ChangesTheColours()
    {
        var light = await BackgroundAsync(ColorScheme.Light);
        var dark = await BackgroundAsync(ColorScheme.Dark);

        Assert.NotEqual(light, dark);
    }

    [BrowserFact]
    public async Task Print_HidesNavigationAndSidebar()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(SiteOnPort.ArticlePath);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Complementary)).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    private async Task<(LocatorBoundingBoxResult Article, LocatorBoundingBoxResult Sidebar)> MeasureAsync(int width, ColorScheme scheme)
    {
        var page = await server.NewPageAsync(width, scheme);
        await page.GotoAsync(SiteOnPort.ArticlePath);
        return ((await page.Locator("article").BoundingBoxAsync())!, (await page.Locator("aside").BoundingBoxAsync())!);
    }

    private async Task<string> BackgroundAsync(ColorScheme scheme)
    {
        var page = await server.NewPageAsync(1280, scheme);
        await page.GotoAsync("/");
        return await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
    }
}
