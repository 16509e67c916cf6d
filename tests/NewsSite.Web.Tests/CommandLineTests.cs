using System.Diagnostics;

namespace NewsSite.Web.Tests;

/// <summary>The executable's verbs, run as a person or a script would run them.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task Admin_AddListSetPasswordRemove_ReadPasswordsFromStandardInput()
    {
        var (tooShort, _, shortError) = await RunAsync("short\n", "admin", "add", "alice");
        var (added, addOutput, _) = await RunAsync("a-long-enough-password\n", "admin", "add", "alice");
        var (_, list, _) = await RunAsync(null, "admin", "list");
        var (changed, _, _) = await RunAsync("another-long-password\n", "admin", "set-password", "alice");
        var (removed, _, _) = await RunAsync(null, "admin", "remove", "alice");
        var (removedAgain, _, missing) = await RunAsync(null, "admin", "remove", "alice");

        Assert.Equal(1, tooShort);
        Assert.Contains("at least 12 characters", shortError);
        Assert.Equal(0, added);
        Assert.Contains("Admin 'alice' created.", addOutput);
        Assert.StartsWith("alice", list);
        Assert.Equal(0, changed);
        Assert.Equal(0, removed);
        Assert.Equal(1, removedAgain);
        Assert.Contains("There is no admin named 'alice'", missing);
    }

    [Fact]
    public async Task ImportThenExport_PrintReportsAndWriteSeeds()
    {
        var seeds = Path.Combine(_folder, "seeds");
        Directory.CreateDirectory(seeds);
        File.Copy(Path.Combine(TestPaths.Seeds, TestPaths.ExampleSeed + ".txt"), Path.Combine(seeds, TestPaths.ExampleSeed + ".txt"));
        File.WriteAllText(Path.Combine(seeds, "bad.txt"), "Headline only\n");

        var (importExit, report, _) = await RunAsync(null, "import", seeds);
        var (exportExit, exported, _) = await RunAsync(null, "export", Path.Combine(_folder, "out"));

        Assert.Equal(1, importExit); // one file failed
        Assert.Contains("added     000_20ca1ab23c72d2da.txt  /world/china-and-north-korea-loom-as-top-us-officials-head-to-asia", report);
        Assert.Contains("failed    bad.txt", report);
        Assert.Contains("2 files: 1 added, 0 updated, 0 unchanged, 0 withdrawn, 0 restored, 1 failed", report);
        Assert.DoesNotContain("\r", report); // no progress bar when the output is not a terminal
        Assert.Equal(0, exportExit);
        Assert.Contains("1 articles exported", exported);
        Assert.True(File.Exists(Path.Combine(_folder, "out", TestPaths.ExampleSeed + ".txt")));
    }

    [Fact]
    public async Task GenerateSeeds_WritesFilesThatParse()
    {
        var generated = Path.Combine(_folder, "generated");

        var (generateExit, _, _) = await RunAsync(null, "generate-seeds", "25", generated, "--seed", "3");
        var (parseExit, json, _) = await RunAsync(null, ["parse", .. Directory.GetFiles(generated)]);

        Assert.Equal(0, generateExit);
        Assert.Equal(25, Directory.GetFiles(generated).Length);
        Assert.Equal(0, parseExit);
        Assert.Equal(25, json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    [InlineData("UTC")]
    public async Task Parse_InAnyHostTimeZone_PrintsTheSameUkTimes(string zone)
    {
        var withoutOffset = Path.Combine(_folder, "no-offset.md");
        File.WriteAllText(withoutOffset, "---\ntitle: Ferry timetable changes\npublished: 2021-07-14 09:34\n---\n\nStandfirst.\n");
        var winter = Path.Combine(_folder, "winter.html");
        File.WriteAllText(winter, "<html><body><article><h1>Harbour works</h1><time datetime=\"2021-01-14T09:34\">x</time><p>Standfirst.</p></article></body></html>");
        var files = new[] { "06a_date-space-offset.md", "06c_date-space-offset.html" }.Select(f => Path.Combine(TestPaths.Fixtures, "input-kinds", f)).Append(withoutOffset).Append(winter);

        var (exit, output, error) = await RunAsync(null, new() { ["TZ"] = zone }, ["parse", .. files]);

        Assert.True(exit == 0, error);
        Assert.Equal(
            ["2021-07-14T08:34:00+01:00", "2021-07-14T08:34:00+01:00", "2021-07-14T09:34:00+01:00", "2021-01-14T09:34:00+00:00"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("publishedAt").GetString()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, params string[] args) => RunAsync(input, [], args);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, Dictionary<string, string?> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsSite.Web.dll"), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ConnectionStrings__News"] = $"Data Source={Path.Combine(_folder, "news.db")}" },
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
