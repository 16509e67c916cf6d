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

    private static (int ExitCode, string[] Lines) Run(params string[] files)
    {
        using var output = new MemoryStream();
        var exitCode = ParseCommand.Run(files, SeedParser.DefaultMaxBytes, output);
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
