using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Import;

namespace NewsSite.Web.Pages.Admin;

/// <summary>Downloads every article as seed files in a zip.</summary>
public class ExportModel(SeedExporter exporter, TimeProvider clock, ILogger<ExportModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Built in a temporary file (deleted when the download closes), so memory stays flat.
        var zip = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        int count;
        try
        {
            count = await exporter.ExportToZipAsync(zip, cancellationToken);
            zip.Position = 0;
        }
        catch
        {
            await zip.DisposeAsync();
            throw;
        }

        logger.LogInformation("Admin {Admin} exported {Count} articles", User.Identity?.Name, count);
        return File(zip, "application/zip", $"newssite-seeds-{clock.GetUtcNow():yyyyMMdd-HHmm}.zip");
    }
}
