using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

public sealed class MarkdownSeedTests : IDisposable
{
    private const string Seed = """
        ---
        title: Harbour reopens after storm repairs
        published: 2023-07-01T10:15
        section: UK
        byline: Jane Smith
        ---

        ![Boats in the harbour at dawn](boats.jpg "The harbour at dawn. Picture: PA")

        The harbour has *reopened* after months of repairs.

        # What changed

        A new wall, see [the council](https://example.org/harbour), [our report](/uk), [a trick](javascript:alert(1)) and <img src=x onerror=alert(1)>.

        ![A crane lifting a block](crane.jpg "Work on the wall (Jane Barlow/PA)")

        - new lights
        - a **wider** quay

        > It is better than ever.

        <script>alert('raw')</script>
        """;

    private readonly NewsSiteFactory _site = new();

    [Fact]
    public async Task MarkdownSeed_ImportsAndRendersWithFiguresAndSafeMarkup()
    {
        _site.WriteSeed("harbour.md", Seed);
        var report = await _site.ImportAsync();
        var url = report.Files.Single(f => f.File == "harbour.md").Url!;

        var page = await _site.GetDocumentAsync(url);

        Assert.Equal("/uk/harbour-reopens-after-storm-repairs", url);
        Assert.Equal("Harbour reopens after storm repairs", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("The harbour has reopened after months of repairs.", page.QuerySelector(".standfirst")?.TextContent);
        Assert.Equal("Picture: PA", page.QuerySelector("article figure .credit")?.TextContent);
        Assert.Contains("Jane Barlow/PA", page.QuerySelectorAll("article figure .credit")[1].TextContent);
        var body = page.QuerySelector(".article-body")!;
        Assert.Equal("What changed", body.QuerySelector("h2")?.TextContent);
        Assert.Equal(["new lights", "a wider quay"], body.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Equal("wider", body.QuerySelector("ul strong")?.TextContent);
        Assert.Equal("It is better than ever.", body.QuerySelector("blockquote")?.TextContent.Trim());
        var external = body.QuerySelectorAll("a").Single(a => a.TextContent == "the council");
        Assert.Equal("nofollow noopener", external.GetAttribute("rel"));
        Assert.Null(body.QuerySelectorAll("a").Single(a => a.TextContent == "our report").GetAttribute("rel"));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("a trick", body.TextContent);
        Assert.DoesNotContain("a tricka trick", body.TextContent); // an unwrapped link's text appears once
        Assert.Empty(page.QuerySelectorAll("main script, main img, [onerror]"));
        Assert.Contains("<script>alert('raw')</script>", body.TextContent);
        Assert.Equal("By Jane Smith", string.Join(' ', page.QuerySelector(".byline")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task MarkdownSeed_IsFoundBySearchAndExportsAsMarkdown()
    {
        _site.WriteSeed("harbour.md", Seed);
        await _site.ImportAsync();
        using var folder = new TempFolder();

        var search = await _site.GetDocumentAsync("/search?q=quay");
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SeedExporter>().ExportToFolderAsync(folder);
        }

        Assert.Single(search.QuerySelectorAll(".headline-item"));
        var exported = File.ReadAllText(Path.Combine(folder, "harbour.md"));
        Assert.StartsWith("---\ntitle: \"Harbour reopens after storm repairs\"", exported);
        Assert.Contains("- a **wider** quay", exported);
    }

    public void Dispose() => _site.Dispose();
}
