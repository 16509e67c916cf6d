using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Import;

namespace NewsSite.Web.Pages.Admin.Upload;

/// <summary>The staged upload as the parser sees it; an admin imports exactly what is shown, or throws it away.</summary>
public class PreviewModel(SeedUploads uploads, SeedImporter importer, IHostApplicationLifetime lifetime, ILogger<PreviewModel> logger) : PageModel
{
    public StagedUpload Upload { get; private set; } = null!;

    /// <summary>Why the last confirmation imported nothing.</summary>
    public string? Refusal { get; private set; }

    public IActionResult OnGet(string token) => Show(token);

    public async Task<IActionResult> OnPostImportAsync(string token, string[] previewed, string[] replace)
    {
        var admin = User.Identity?.Name ?? "";

        // The import runs to its end even if the browser goes away: one import is one transaction.
        var confirmation = await uploads.ConfirmAsync(token, previewed, replace, admin, importer, lifetime.ApplicationStopping);
        if (confirmation.RunId is { } runId)
        {
            logger.LogInformation("Admin {Admin} confirmed upload {Token}: import run {RunId}", admin, token, runId);
            return RedirectToPage("/Admin/Imports/Details", new { id = runId });
        }

        if (confirmation.Refusal is null)
        {
            return NotFound();
        }

        logger.LogInformation("Admin {Admin} confirmed upload {Token}, which was not imported: {Reason}", admin, token, confirmation.Refusal);
        Refusal = confirmation.Refusal;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Show(token);
    }

    public IActionResult OnPostDiscard(string token)
    {
        uploads.Discard(token);
        logger.LogInformation("Admin {Admin} discarded upload {Token}", User.Identity?.Name, token);
        return RedirectToPage("/Admin/Upload/Index");
    }

    // An upload already imported shows its report.
    private IActionResult Show(string token)
    {
        switch (uploads.Preview(token))
        {
            case null:
                return NotFound();
            case { ImportedRunId: { } runId }:
                return RedirectToPage("/Admin/Imports/Details", new { id = runId });
            case var upload:
                Upload = upload;
                return Page();
        }
    }
}
