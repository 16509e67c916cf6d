using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Commands;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly NewsSiteFactory _site = new() { Settings = { ["Admin:SignInAttemptsPerMinute"] = "1000" } };

    [Fact]
    public async Task ExportZip_ImportedIntoAnEmptyStore_ReproducesEveryArticleExactly()
    {
        GenerateSeedsCommand.Write(40, _site.SeedsFolder, seed: 5);
        _site.WriteSeed("odd.txt", "Odd one <b>out</b>\n\n30 October 2022, 01:30\n\nAlt\nPicture: PA\n\nStandfirst & more.\n\nBy dpa\n");
        await _site.ImportAsync();
        File.AppendAllText(Path.Combine(_site.SeedsFolder, "gen_000003.txt"), "\nA paragraph added later.\n");
        await _site.ImportAsync();
        var session = await AdminSession.SignedInAsync(_site);

        using var response = await session.Client.GetAsync("/admin/export");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var exported = new TempFolder();
        using (var zip = new ZipArchive(await response.Content.ReadAsStreamAsync()))
        {
            zip.ExtractToDirectory(exported);
        }

        using var copy = new NewsSiteFactory();
        foreach (var file in Directory.GetFiles(copy.SeedsFolder))
        {
            File.Delete(file);
        }

        foreach (var file in Directory.GetFiles(exported))
        {
            File.Copy(file, Path.Combine(copy.SeedsFolder, Path.GetFileName(file)));
        }

        copy.CreateClient(); // starts on an empty store and imports the exported seeds
        var original = await SnapshotAsync(_site);
        Assert.Equal(42, original.Count);
        Assert.Equal(original, await SnapshotAsync(copy));
    }

    [Fact]
    public async Task ExportZip_SourceFilesNamedAsPathsOrWithControlCharacters_GetFlatSafeUniqueNamesAndReimport()
    {
        string[] sources =
        [
            @"..\..\x.txt", "../x.txt", "x.txt", "X.TXT", @"C:\Windows\System32\evil.txt", "/etc/passwd",
            "a\u0001b\u001b[31m\u007f.txt", "CON.txt", "lpt1.report.txt", ".hidden.txt", "\u200b\u0007", new string('n', 300) + ".txt",
        ];
        for (var i = 0; i < sources.Length; i++)
        {
            _site.WriteSeed($"s{i:00}.txt", SeedText.Article($"Story number {i} of the export"));
        }

        await _site.ImportAsync();
        for (var i = 0; i < sources.Length; i++)
        {
            var (file, source) = ($"s{i:00}.txt", sources[i]);
            await _site.QueryAsync(db => db.Articles.Where(a => a.SourceFile == file).ExecuteUpdateAsync(a => a.SetProperty(x => x.SourceFile, source)));
        }

        var session = await AdminSession.SignedInAsync(_site);
        using var response = await session.Client.GetAsync("/admin/export");
        using var exported = new TempFolder();
        using (var zip = new ZipArchive(await response.Content.ReadAsStreamAsync()))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.All(names, name => Assert.Matches(@"^[A-Za-z0-9_][A-Za-z0-9._-]{0,115}\.(txt|md|html)$", name));
            Assert.DoesNotContain(names, name => System.Text.RegularExpressions.Regex.IsMatch(name, @"^(con|prn|aux|nul|com\d|lpt\d)(\.|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
            Assert.Equal(sources.Length + 1, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Contains("x.txt", names); // a name that was already safe is kept
            zip.ExtractToDirectory(exported);
        }

        using var copy = new NewsSiteFactory();
        foreach (var file in Directory.GetFiles(copy.SeedsFolder))
        {
            File.Delete(file);
        }

        foreach (var file in Directory.GetFiles(exported))
        {
            File.Copy(file, Path.Combine(copy.SeedsFolder, Path.GetFileName(file)));
        }

        copy.CreateClient();
        Assert.Equal(await SnapshotAsync(_site, withSourceFile: false), await SnapshotAsync(copy, withSourceFile: false));

        // The command line's export writes the same names, all inside its folder.
        using var folder = new TempFolder();
        var inside = Path.Combine(folder, "inside");
        await using var scope = _site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedExporter>().ExportToFolderAsync(inside);
        Assert.Equal(Directory.GetFiles(exported).Select(Path.GetFileName).Order(), Directory.GetFiles(inside).Select(Path.GetFileName).Order());
        Assert.Equal([inside], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task Export_LeavesWithdrawnArticlesOut()
    {
        _site.WriteSeed("short-lived.txt", SeedText.Article("Short-lived story"));
        await _site.ImportAsync();
        File.Delete(Path.Combine(_site.SeedsFolder, "short-lived.txt"));
        await _site.ImportAsync();
        using var folder = new TempFolder();
        await using var scope = _site.Services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<SeedExporter>().ExportToFolderAsync(folder);

        Assert.Equal(["000_20ca1ab23c72d2da.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ExportToFolder_WritesOneSeedPerArticleNamedAsItsSource()
    {
        using var folder = new TempFolder();
        await using var scope = _site.Services.CreateAsyncScope();

        var count = await scope.ServiceProvider.GetRequiredService<SeedExporter>().ExportToFolderAsync(folder);

        Assert.Equal(1, count);
        var text = File.ReadAllText(Path.Combine(folder, "000_20ca1ab23c72d2da.txt"));
        Assert.StartsWith("China and North Korea loom as top US officials head to Asia\n\n14 March 2021, 09:34\n\n", text);
    }

    public void Dispose() => _site.Dispose();

    // Everything a reader or admin sees of each article, by its source file (or by its URL, when file names may differ).
    private static Task<List<string>> SnapshotAsync(NewsSiteFactory site, bool withSourceFile = true) => site.QueryAsync(async db =>
    {
        var articles = await db.Articles.AsNoTracking().AsSplitQuery().Include(a => a.Blocks).Include(a => a.Teasers).ToListAsync();
        return articles.OrderBy(a => withSourceFile ? a.SourceFile : a.SectionSlug + "/" + a.Slug, StringComparer.Ordinal).Select(a => string.Join("|", withSourceFile ? a.SourceFile : "", a.SectionSlug, a.Slug, a.Section,
            Ingestion.SeedWriter.Write(ArticleMapping.ToDraft(a, "News")),
            string.Join("/", a.Blocks.OrderBy(b => b.Position).Select(b => $"{b.Kind}:{b.Text}:{b.Figure?.Alt}:{b.Figure?.Caption}:{b.Figure?.Credit}")),
            string.Join("/", a.Teasers.OrderBy(t => t.Position).Select(t => $"{t.ImageAlt}:{t.Headline}")),
            a.LeadImage?.Alt, a.LeadImage?.Caption, a.LeadImage?.Credit, a.PublishedUtc.ToString("O"), a.Standfirst, a.Byline)).ToList();
    });
}
