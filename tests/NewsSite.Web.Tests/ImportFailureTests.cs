using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Tests;

/// <summary>
/// A file whose import throws costs only that file: it is reported as failed with the reason and
/// every other file is imported, from the command line and at start-up on an empty store. The
/// failure is injected where no input check can catch it: a trigger makes the store refuse one
/// file's sidebar rows after its article row is written, so the file's writes must be undone alone.
/// </summary>
public sealed class ImportFailureTests : IDisposable
{
    private const string RefusedTeaser = "Refused by the store";

    // Started without importing, so the trigger is in place before any import runs.
    private readonly NewsSiteFactory _site = new() { Settings = { ["Import:ImportWhenEmpty"] = "false" } };

    public ImportFailureTests()
    {
        _site.CreateClient();
        _site.QueryAsync(RefuseTeaserAsync).GetAwaiter().GetResult();
        _site.WriteSeed("refused.txt", string.Join("\n\n", "Story the store refuses", "1 June 2023, 10:00", "Its standfirst.", "Latest World News", "See more Latest World News", "Teaser image", RefusedTeaser) + "\n");
        File.Copy(Path.Combine(TestPaths.Fixtures, "input-kinds", "21_noncharacter-headline.txt"), Path.Combine(_site.SeedsFolder, "21_noncharacter-headline.txt"));
    }

    [Fact]
    public async Task ImportCommand_FileTheStoreRefuses_IsReportedFailedAndEveryOtherFileIsImported()
    {
        var (exit, output, error) = await RunAsync("import", _site.SeedsFolder);

        Assert.True(exit == 1, error);
        Assert.Matches(@"failed +refused\.txt +could not be imported: .*refused by a test trigger", output);
        Assert.Matches(@"added +000_20ca1ab23c72d2da\.txt +/world/china-and-north-korea-loom", output);
        Assert.Matches(@"added +21_noncharacter-headline\.txt +/world/", output);
        Assert.Contains("3 files: 2 added, 0 updated, 0 unchanged, 0 withdrawn, 0 restored, 1 failed", output);
        Assert.Equal(["000_20ca1ab23c72d2da.txt", "21_noncharacter-headline.txt"], await StoredFilesAsync());
    }

    [Fact]
    public async Task StartUp_OnAnEmptyStoreWithAFileTheStoreRefuses_ImportsTheOthersAndServes()
    {
        using var node = NewsSiteFactory.NodeOf(_site); // imports when the store is empty

        var page = await node.GetDocumentAsync("/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia");

        Assert.Equal("China and North Korea loom as top US officials head to Asia", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["000_20ca1ab23c72d2da.txt", "21_noncharacter-headline.txt"], await StoredFilesAsync());
        var run = await _site.QueryAsync(db => db.ImportRuns.AsNoTracking().SingleAsync());
        Assert.Equal(("startup", 2, 1), (run.Trigger, run.Added, run.Failed));
        Assert.Contains("refused by a test trigger", run.Files.Single(f => f.File == "refused.txt").Error);
        Assert.Empty(await _site.QueryAsync(db => db.Teasers.Where(t => t.Headline == RefusedTeaser).ToListAsync()));
    }

    public void Dispose() => _site.Dispose();

    private Task<List<string>> StoredFilesAsync() => _site.QueryAsync(db => db.Articles.OrderBy(a => a.SourceFile).Select(a => a.SourceFile).ToListAsync());

    private static async Task<int> RefuseTeaserAsync(NewsDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            return await db.Database.ExecuteSqlRawAsync(
                $"CREATE TRIGGER refuse_teaser BEFORE INSERT ON \"Teasers\" WHEN NEW.\"Headline\" = '{RefusedTeaser}' BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END");
        }

        await db.Database.ExecuteSqlRawAsync(
            $"CREATE FUNCTION refuse_teaser() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.\"Headline\" = '{RefusedTeaser}' THEN RAISE EXCEPTION 'refused by a test trigger'; END IF; RETURN NEW; END $$");
        return await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_teaser BEFORE INSERT ON \"Teasers\" FOR EACH ROW EXECUTE FUNCTION refuse_teaser()");
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsSite.Web.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Database__Provider"] = _site.Store.Provider,
                ["ConnectionStrings__News"] = _site.Store.ConnectionString,
                ["Import__SeedsPath"] = _site.SeedsFolder,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
