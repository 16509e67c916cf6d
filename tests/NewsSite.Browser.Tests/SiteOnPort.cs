using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsSite.Web.Tests;

namespace NewsSite.Browser.Tests;

/// <summary>The real site on a real loopback port, with a second World article so the sidebar has links, and one Chromium.</summary>
public sealed class SiteOnPort : IAsyncLifetime
{
    public const string ArticlePath = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
    public const string LinkedTeaser = "School knife attack kills 8 and injures 17 others in eastern China";

    private IPlaywright? _playwright;

    public NewsSiteFactory Site { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site.WriteSeed(
            "001_school.txt",
            $"{LinkedTeaser}\n\n16 November 2024, 10:15\n\nA pupil's drawing of the school gate\nThe school gate in Wuxi. Picture: PA\n\nEight people were killed at a vocational school.\n\nPolice detained a former student at the scene.\n\nBy Press Association\n\nLatest World News\n\nSee more Latest World News\n\nA map of eastern China\n\nChina holds talks on trade\n");
        Site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Site.StartServer();
        BaseUrl = Site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        if (BrowserEnvironment.HasChromium)
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = BrowserEnvironment.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
    }

    /// <summary>A new page at the given width, in light or dark mode.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme, BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await Site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteOnPortCollection : ICollectionFixture<SiteOnPort>
{
    public const string Name = "site on a real port";
}
