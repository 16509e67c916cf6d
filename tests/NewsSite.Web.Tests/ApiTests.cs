using System.Net;
using System.Text.Json.Nodes;

namespace NewsSite.Web.Tests;

public class ApiTests(NewsSiteFactory site) : IClassFixture<NewsSiteFactory>
{
    private const string Slug = "china-and-north-korea-loom-as-top-us-officials-head-to-asia";

    [Theory]
    [InlineData("/api/articles/" + Slug)]
    [InlineData("/api/articles/world/" + Slug)]
    public async Task Article_HasTheParseContractShapePlusSlugAndUrl(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "seeds", TestPaths.ExampleSeed + ".expected.json")))!.AsObject();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(Slug, (string?)actual["slug"]);
        Assert.Equal("http://localhost/world/" + Slug, (string?)actual["url"]);
        foreach (var (field, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, actual[field]), $"field '{field}' differs: {actual[field]?.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/articles/world/no-such-article")]
    [InlineData("/api/sections/nowhere/latest")]
    [InlineData("/api/articles?section=nowhere")]
    public async Task Unknown_IsNotFoundWithProblemDetails(string url)
    {
        using var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (int?)JsonNode.Parse(await response.Content.ReadAsStringAsync())?["status"]);
    }

    [Fact]
    public async Task Articles_ListsPagesOfArticlesOfASection()
    {
        var page = JsonNode.Parse(await site.CreateClient().GetStringAsync("/api/articles?section=world&page=1"))!;

        Assert.Equal(1, (int?)page["total"]);
        var item = page["items"]![0]!;
        Assert.Equal(Slug, (string?)item["slug"]);
        Assert.Equal("2021-03-14T09:34:00+00:00", (string?)item["publishedAt"]);
        Assert.Equal("World", (string?)item["section"]);
    }

    [Fact]
    public async Task SectionLatest_ListsTheArticleThenTheTeasers()
    {
        var items = JsonNode.Parse(await site.CreateClient().GetStringAsync("/api/sections/world/latest"))!.AsArray();

        Assert.Equal("China and North Korea loom as top US officials head to Asia", (string?)items[0]!["headline"]);
        Assert.Equal("http://localhost/world/" + Slug, (string?)items[0]!["url"]);
        Assert.Null(items[1]!["url"]);
        Assert.Equal(17, items.Count);
    }

    [Fact]
    public async Task Healthz_ReportsAReachableMigratedStore()
    {
        using var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var document = JsonNode.Parse(await site.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/articles", paths);
        Assert.Contains("/api/articles/{slug}", paths);
        Assert.Contains("/api/sections/{section}/latest", paths);
    }
}
