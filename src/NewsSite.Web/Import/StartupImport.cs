using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

public static class StartupImport
{
    /// <summary>Imports the seeds folder when the store holds no article yet, so a new site starts with its articles.</summary>
    public static async Task ImportSeedsIfEmptyAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        if (!options.ImportWhenEmpty || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = options.SeedsFolder;
        if (!Directory.Exists(folder))
        {
            scope.ServiceProvider.GetRequiredService<ILogger<SeedImporter>>().LogWarning("The store is empty and the seeds folder {Folder} does not exist: nothing to import", folder);
            return;
        }

        await scope.ServiceProvider.GetRequiredService<SeedImporter>().TryImportAsync(new ImportRequest(folder, "startup", OnlyIntoEmptyStore: true), cancellationToken: cancellationToken);
    }
}
