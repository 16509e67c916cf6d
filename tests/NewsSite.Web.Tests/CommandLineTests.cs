using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Commands;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

/// <summary>
/// The executable's verbs as a person or a script runs them: in-process through the verbs' own
/// entry point on the site's services, and once as a real process, for what only a process has
/// (the verb chosen in Program.cs, standard input, exit codes).
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly NewsSiteFactory _site = new();
    private readonly TempFolder _folder = new();

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
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "harbour.txt"), SeedText.Article("Harbour wall repaired"));
        File.WriteAllText(Path.Combine(seeds, "bad.txt"), "Headline only\n");

        var (importExit, report, _) = await RunAsync(null, "import", seeds);
        var (exportExit, exported, _) = await RunAsync(null, "export", Path.Combine(_folder, "out"));

        Assert.Equal(1, importExit); // one file failed
        Assert.Contains("added     harbour.txt  /world/harbour-wall-repaired", report);
        Assert.Contains("failed    bad.txt", report);
        Assert.Contains("2 files: 1 added, 0 updated, 0 unchanged, 0 withdrawn, 0 restored, 1 failed", report);
        Assert.DoesNotContain("\r", report); // no progress bar when the output is not a terminal
        Assert.Equal(0, exportExit);
        Assert.Contains("2 articles exported", exported);
        Assert.True(File.Exists(Path.Combine(_folder, "out", "harbour.txt")));
        Assert.True(File.Exists(Path.Combine(_folder, "out", TestPaths.ExampleSeed + ".txt")));
    }

    [Fact]
    public async Task Import_MissingFolder_SaysSoAndExitsTwo()
    {
        var (exit, _, error) = await RunAsync(null, "import", Path.Combine(_folder, "nowhere"));

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error);
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

    [Fact]
    public async Task Process_AdminAddFromAPipeThenList_OnItsOwnStore()
    {
        var store = $"Data Source={Path.Combine(_folder, "news.db")}";

        var (added, addOutput, _) = await RunProcessAsync(store, "a-long-enough-password\n", "admin", "add", "alice");
        var (listed, list, _) = await RunProcessAsync(store, null, "admin", "list");
        var (unknown, _, usage) = await RunProcessAsync(store, null, "admin", "rename", "alice");

        Assert.Equal(0, added);
        Assert.Contains("Admin 'alice' created.", addOutput);
        Assert.Equal(0, listed);
        Assert.StartsWith("alice", list);
        Assert.NotEqual(0, unknown);
        Assert.Contains("rename", usage);
    }

    [SqliteFact]
    public async Task Process_ImportWhileTheSiteImports_IsToldOneIsRunningThenRunsOnceItEnds()
    {
        var store = $"Data Source={_site.DatabasePath}";
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "harbour.txt"), SeedText.Article("Harbour wall repaired"));
        _site.CreateClient();

        int refusedExit, laterExit;
        string refusedError, laterOutput;
        using (_site.Services.GetRequiredService<ImportGate>().TryEnter())
        {
            (refusedExit, _, refusedError) = await RunProcessAsync(store, null, "import", seeds);
        }

        (laterExit, laterOutput, _) = await RunProcessAsync(store, null, "import", seeds);

        Assert.Equal(3, refusedExit);
        Assert.Contains("An import is already running", refusedError);
        Assert.Equal(0, laterExit);
        Assert.Contains("added     harbour.txt", laterOutput);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    [InlineData("UTC")]
    public async Task Process_ParseInAnyHostTimeZone_PrintsTheSameUkTimes(string zone)
    {
        var withoutOffset = Path.Combine(_folder, "no-offset.md");
        File.WriteAllText(withoutOffset, "---\ntitle: Ferry timetable changes\npublished: 2021-07-14 09:34\n---\n\nStandfirst.\n");
        var winter = Path.Combine(_folder, "winter.html");
        File.WriteAllText(winter, "<html><body><article><h1>Harbour works</h1><time datetime=\"2021-01-14T09:34\">x</time><p>Standfirst.</p></article></body></html>");
        var files = new[] { "06a_date-space-offset.md", "06c_date-space-offset.html" }.Select(f => Path.Combine(TestPaths.Fixtures, "input-kinds", f)).Append(withoutOffset).Append(winter);

        var (exit, output, error) = await RunProcessAsync($"Data Source={Path.Combine(_folder, "news.db")}", null, ["parse", .. files], new() { ["TZ"] = zone });

        Assert.True(exit == 0, error);
        Assert.Equal(
            ["2021-07-14T08:34:00+01:00", "2021-07-14T08:34:00+01:00", "2021-07-14T09:34:00+01:00", "2021-01-14T09:34:00+00:00"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("publishedAt").GetString()));
    }

    public void Dispose()
    {
        _site.Dispose();
        _folder.Dispose();
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, params string[] args)
    {
        using var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CommandConsole(new StringReader(input ?? ""), output, error, InputIsRedirected: true, ErrorIsTerminal: false);

        var exitCode = await NewsCommands.InvokeAsync(_site.Services, args, console);

        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    private static Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string store, string? input, params string[] args) => RunProcessAsync(store, input, args, []);

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string store, string? input, string[] args, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsSite.Web.dll"), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ConnectionStrings__News"] = store, ["Database__Provider"] = "Sqlite" },
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
