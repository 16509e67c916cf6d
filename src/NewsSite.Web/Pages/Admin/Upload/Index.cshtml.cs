using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Import;

namespace NewsSite.Web.Pages.Admin.Upload;

// 100 files of the default 2 MiB limit, with room for the form's own parts.
[RequestSizeLimit(210 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 210 * 1024 * 1024)]
public class IndexModel(SeedUploads uploads, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        var admin = User.Identity?.Name ?? "";
        var (token, problems) = await uploads.StageAsync(files, admin, cancellationToken);
        logger.LogInformation("Admin {Admin} uploaded {Count} seed files ({Refused} refused) as {Token}", admin, files.Count, problems.Count, token);
        if (token is null)
        {
            Problems = problems;
            return Page();
        }

        // The problems stay with the upload, on the server: the preview reads them from there.
        return RedirectToPage("/Admin/Upload/Preview", new { token });
    }
}
