using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;
using NewsSite.Web.Import;

namespace NewsSite.Web.Pages.Admin.Upload;

/// <summary>The staged upload as the parser sees it; the admin imports it or throws it away.</summary>
public class PreviewModel(SeedUploads uploads, SeedImporter importer, IOptions<ImportOptions> importOptions, IHostApplicationLifetime lifetime, ILogger<PreviewModel> logger) : PageModel
{
    public IReadOnlyList<(string Name, SeedParseResult Result)> Files { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Busy { get; private set; }

    /// <summary>The seeds folder, to tell which uploads replace a seed.</summary>
    public string SeedsFolder => importOptions.Value.SeedsFolder;

    public IActionResult OnGet(string token)
    {
        Files = uploads.Preview(token);
        Problems = TempData["UploadProblems"] is string text && text.Length > 0 ? text.Split('\n') : [];
        return Files.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string token, CancellationToken cancellationToken)
    {
        if (!uploads.Exists(token))
        {
            return NotFound();
        }

        var folder = SeedsFolder;
        var moved = uploads.Commit(token, folder);
        logger.LogInformation("Admin {Admin} confirmed the upload of {Files} into {Folder}", User.Identity?.Name, moved, folder);
        var report = await importer.TryImportAsync(new ImportRequest(folder, "upload", User.Identity?.Name), cancellationToken: lifetime.ApplicationStopping);
        if (report is null)
        {
            Busy = "The files are in the seeds folder, but another import is running: re-import from the overview when it has finished.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return RedirectToPage("/Admin/Imports/Details", new { id = report.RunId });
    }

    public IActionResult OnPostDiscard(string token)
    {
        uploads.Discard(token);
        logger.LogInformation("Admin {Admin} discarded an upload", User.Identity?.Name);
        return RedirectToPage("/Admin/Upload/Index");
    }
}
