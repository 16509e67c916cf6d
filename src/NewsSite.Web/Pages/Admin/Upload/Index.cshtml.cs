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
        var (token, problems) = await uploads.StageAsync(files, cancellationToken);
        logger.LogInformation("Admin {Admin} uploaded {Count} seed files ({Refused} refused)", User.Identity?.Name, files.Count, problems.Count);
        if (token is null)
        {
            Problems = problems;
            return Page();
        }

        TempData["UploadProblems"] = string.Join('\n', problems);
        return RedirectToPage("/Admin/Upload/Preview", new { token });
    }
}
