using System.Text;
using System.Text.Json.Nodes;
using NewsSite.Ingestion;
using NewsSite.Web.Commands;

namespace NewsSite.Web.Tests;

public class ParseCommandTests
{
    [Fact]
    public void Run_OriginalSeed_PrintsTheExpectedJsonWithItsFileAndExitsZero()
    {
        var file = Path.Combine(TestPaths.Seeds, TestPaths.ExampleSeed + ".txt");

        var (exitCode, lines) = Run(file);

        Assert.Equal(0, exitCode);
        var actual = JsonNode.Parse(Assert.Single(lines))!.AsObject();
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "seeds", TestPaths.ExampleSeed + ".expected.json")))!.AsObject();
        Assert.Equal(file, (string?)actual["file"]);
        foreach (var (field, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, actual[field]), $"field '{field}' differs");
        }
    }

    [Fact]
    public void Run_GoodAndBadFiles_PrintsOneLinePerFileInArgumentOrderAndExitsOne()
    {
        using var folder = new TempFolder();
        var good = Path.Combine(TestPaths.Seeds, TestPaths.ExampleSeed + ".txt");
        var bad = Path.Combine(folder, "bad.txt");
        File.WriteAllText(bad, "Headline\n\n31 February 2021, 09:34\n");
        var random = Path.Combine(folder, "random.bin");
        File.WriteAllBytes(random, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);
        var utf16 = Path.Combine(folder, "utf16.txt");
        File.WriteAllText(utf16, "Headline\n\n14 March 2021, 09:34\n", Encoding.Unicode);
        var huge = Path.Combine(folder, "huge.txt");
        File.WriteAllBytes(huge, new byte[3 * 1024 * 1024]);
        var missing = Path.Combine(folder, "missing.txt");

        var (exitCode, lines) = Run(bad, good, random, utf16, huge, missing);

        Assert.Equal(1, exitCode);
        var objects = lines.Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        Assert.Equal([bad, good, random, utf16, huge, missing], objects.Select(o => (string?)o["file"]));
        Assert.Equal("line 3: 31 February 2021 is not a date (February 2021 has 28 days)", (string?)objects[0]["error"]);
        Assert.Equal("China and North Korea loom as top US officials head to Asia", (string?)objects[1]["title"]);
        Assert.Contains("binary", (string?)objects[2]["error"]);
        Assert.Contains("UTF-16", (string?)objects[3]["error"]);
        Assert.Equal("file is 3 MB, over the 2 MB size limit", (string?)objects[4]["error"]);
        Assert.StartsWith("cannot read the file", (string?)objects[5]["error"]);
    }

    [Fact]
    public void Run_MarkdownAndHtmlSeeds_UseTheSameContract()
    {
        using var folder = new TempFolder();
        var markdown = Path.Combine(folder, "a.md");
        File.WriteAllText(markdown, "---\ntitle: Markdown story\npublished: 2023-07-01T10:15\nsection: UK\n---\n\nStandfirst.\n\n## A heading\n");
        var html = Path.Combine(folder, "b.html");
        File.WriteAllText(html, "<html><body><article><h1>HTML story</h1><time datetime=\"2023-07-01T10:15:00+01:00\">x</time><p>Standfirst.</p></article></body></html>");

        var (exitCode, lines) = Run(markdown, html);

        Assert.Equal(0, exitCode);
        var md = JsonNode.Parse(lines[0])!;
        Assert.Equal("Markdown story", (string?)md["title"]);
        Assert.Equal("2023-07-01T10:15:00+01:00", (string?)md["publishedAt"]);
        Assert.Equal("heading", (string?)md["body"]![0]!["type"]);
        Assert.Equal("A heading", (string?)md["body"]![0]!["text"]);
        Assert.Equal("HTML story", (string?)JsonNode.Parse(lines[1])!["title"]);
    }

    [Fact]
    public void Run_ThousandsOfFiles_KeepsArgumentOrder()
    {
        using var folder = new TempFolder();
        var files = Enumerable.Range(0, 2000).Select(i =>
        {
            var path = Path.Combine(folder, $"{i:0000}.txt");
            File.WriteAllText(path, $"Headline {i}\n\n14 March 2021, 09:34\n\nStandfirst {i}.\n");
            return path;
        }).Reverse().ToArray();

        var (exitCode, lines) = Run(files);

        Assert.Equal(0, exitCode);
        Assert.Equal(files.Select(f => $"Headline {int.Parse(Path.GetFileNameWithoutExtension(f))}"), lines.Select(l => (string?)JsonNode.Parse(l)!["title"]));
    }

    [Fact]
    public void Run_FixturesWithCharactersXmlCannotHold_PrintsTextWithoutThem()
    {
        var (exitCode, lines) = Run(InputKind("04a_feed-control-char-entity.html"), InputKind("04c_feed-nonchar-standfirst.txt"));

        Assert.Equal(0, exitCode);
        var html = JsonNode.Parse(lines[0])!;
        var text = JsonNode.Parse(lines[1])!;
        Assert.Equal("Storm closes coastal road for repairs", (string?)html["title"]);
        Assert.Equal("A storm has closed the coastal road for at least a week.", (string?)html["standfirst"]);
        Assert.Equal("Pier café wins award", (string?)text["title"]);
        Assert.Equal("The pier café has won a regional award.", (string?)text["standfirst"]);
        Assert.All(lines, line => Assert.DoesNotContain(line.EnumerateRunes(), r => r.Value is 0xFFFF or 0xFFFE || r.Value < 0x20));
    }

    [Fact]
    public void Run_JsonLdHeadlineWithEntities_PrintsItDecodedOnce()
    {
        var (exitCode, lines) = Run(InputKind("05_jsonld-entities.html"));

        Assert.Equal(0, exitCode);
        var json = JsonNode.Parse(Assert.Single(lines))!;
        Assert.Equal("Rock & roll museum's new wing opens", (string?)json["title"]);
        Assert.Equal("Jane Roe", (string?)json["byline"]);
        Assert.Equal("A new wing of the rock & roll museum opened on Monday.", (string?)json["standfirst"]);
    }

    [Theory]
    [InlineData("06a_date-space-offset.md")]
    [InlineData("06c_date-space-offset.html")]
    public void Run_DateWithSpaceAndOffset_PrintsThatInstantInUkTime(string fixture)
    {
        var (exitCode, lines) = Run(InputKind(fixture));

        Assert.Equal(0, exitCode);
        Assert.Equal("2021-07-14T08:34:00+01:00", (string?)JsonNode.Parse(Assert.Single(lines))!["publishedAt"]);
    }

    [Fact]
    public void Run_HeadlineOfOnlyZeroWidthCharacters_PrintsAnErrorWithItsLine()
    {
        var file = InputKind("16a_zero-width-headline.txt");

        var (exitCode, lines) = Run(file);

        Assert.Equal(1, exitCode);
        var json = JsonNode.Parse(Assert.Single(lines))!;
        Assert.Equal("line 1: the headline has no visible characters (only spaces, zero-width or other invisible characters)", (string?)json["error"]);
        Assert.Equal(1, (int?)json["line"]);
    }

    [Fact]
    public void Run_CaptionForms_SplitOnlyRealCredits()
    {
        var (exitCode, lines) = Run(InputKind("18_caption-forms.txt"));

        Assert.Equal(0, exitCode);
        var json = JsonNode.Parse(Assert.Single(lines))!;
        Assert.Equal("The museum front on reopening day", (string?)json["leadImage"]!["caption"]);
        Assert.Equal("Alex Roe/PA", (string?)json["leadImage"]!["credit"]);
        var figures = json["body"]!.AsArray().Where(b => (string?)b!["type"] == "figure").Select(b => ((string?)b!["caption"], (string?)b!["credit"])).ToList();
        Assert.Equal(
            new (string?, string?)[]
            {
                ("Soldiers in the trenches of the Western Front (1914-1918)", null),
                ("Visitors in the new gallery (left to right)", null),
                ("The curator holds a medal (second from left)", null),
                ("Flood defences in the town centre.", "PA Wire, Jane Roe"),
                ("A wartime poster (file photo)", null),
                ("Ministers at the opening", "Jane Doe (PA)"),
            },
            figures);
    }

    private static string InputKind(string name) => Path.Combine(TestPaths.Fixtures, "input-kinds", name);

    private static (int ExitCode, string[] Lines) Run(params string[] files)
    {
        using var output = new MemoryStream();
        var exitCode = ParseCommand.Run(files, SeedParser.DefaultMaxBytes, output);
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
