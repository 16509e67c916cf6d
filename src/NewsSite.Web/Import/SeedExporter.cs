using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>
/// Writes every published article back as a seed file, named as its source was when that name is
/// safe (<see cref="SeedNames"/>: flat, portable, unique ignoring case), else by its safe form, in the
/// format its name says: a backup the importer reads. Withdrawn articles stay out, so an import of
/// the export does not republish them.
/// </summary>
public sealed class SeedExporter(NewsDbContext db, IOptions<SiteOptions> siteOptions)
{
    private const int BatchSize = 500;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every published article as (file name, seed text), read in batches so memory stays flat (but for the names).</summary>
    public async IAsyncEnumerable<(string Name, string Text)> ExportAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var names = new SeedNames();
        names.Reserve(await db.Articles.Published().OrderBy(a => a.Id).Select(a => a.SourceFile).ToListAsync(cancellationToken));
        var lastId = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking().AsSplitQuery()
                .Include(a => a.Blocks)
                .Include(a => a.Teasers)
                .Published()
                .Where(a => a.Id > lastId)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var article in batch)
            {
                var name = names.For(article.SourceFile);
                yield return (name, SeedFormats.Write(ArticleMapping.ToDraft(article, siteOptions.Value.DefaultSection), name));
            }

            lastId = batch[^1].Id;
        }
    }

    /// <summary>Writes the seeds into a folder; returns how many.</summary>
    public async Task<int> ExportToFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        await foreach (var (name, text) in ExportAsync(cancellationToken))
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), text, Utf8, cancellationToken);
            count++;
        }

        return count;
    }

    /// <summary>Writes the seeds into a zip archive.</summary>
    public async Task<int> ExportToZipAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        var count = 0;
        await using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        await foreach (var (name, text) in ExportAsync(cancellationToken))
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
            await using var stream = await entry.OpenAsync(cancellationToken);
            await stream.WriteAsync(Utf8.GetBytes(text), cancellationToken);
            count++;
        }

        return count;
    }
}
