using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsSite.Ingestion.Tests;

public class ExampleSeedTests
{
    private const string Example = "000_20ca1ab23c72d2da";

    [Fact]
    public void Parse_OriginalSeed_MatchesItsExpectedJsonFieldByField()
    {
        var expectedPath = Path.Combine(Seed.RepositoryRoot(), "tests", "Fixtures", "seeds", Example + ".expected.json");
        Assert.True(File.Exists(expectedPath), $"the expected output is read from {expectedPath}");

        var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!.AsObject();
        var actual = ToJson(Path.Combine(Seed.RepositoryRoot(), "seeds", Example + ".txt"));

        foreach (var (field, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, actual[field]), $"field '{field}' differs:\nexpected {value?.ToJsonString()}\nactual   {actual[field]?.ToJsonString()}");
        }
    }

    [Fact]
    public void Parse_SiteSeedOfTheExample_IsTheFixtureOriginal()
    {
        var root = Seed.RepositoryRoot();
        var fixture = Path.Combine(root, "tests", "Fixtures", "seeds", Example + ".txt");
        Assert.Equal(File.ReadAllBytes(fixture), File.ReadAllBytes(Path.Combine(root, "seeds", Example + ".txt")));
    }

    [Fact]
    public void Parse_EverySeedInTheRepository_IsAnArticle()
    {
        var seeds = Directory.GetFiles(Path.Combine(Seed.RepositoryRoot(), "seeds"), "*.txt");
        Assert.NotEmpty(seeds);

        foreach (var path in seeds)
        {
            var result = SeedParser.Parse(File.ReadAllBytes(path));
            Assert.True(result.Succeeded, $"{Path.GetFileName(path)}: {result.Error?.Message}");
        }
    }

    [Fact]
    public void Parse_OriginalSeed_HasBothFiguresAndSixteenTeasers()
    {
        var article = SeedParser.Parse(File.ReadAllBytes(Path.Combine(Seed.RepositoryRoot(), "seeds", Example + ".txt"))).Article!;

        Assert.Equal("PA", article.LeadImage?.Credit);
        Assert.Equal("Alex Brandon/AP", Assert.Single(article.Body.OfType<FigureBlock>()).Figure.Credit);
        Assert.Equal(16, article.Latest?.Items.Count);
        Assert.Equal("World", article.Section);
    }

    private static JsonObject ToJson(string path)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ArticleJson.Write(writer, path, SeedParser.Parse(File.ReadAllBytes(path)));
        }

        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }
}
