using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Import;

namespace NewsSite.Web.Pages.Admin;

public class IndexModel(NewsDbContext db, BackgroundImports imports, IOptions<ImportOptions> importOptions, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<SectionCount> Sections { get; private set; } = [];

    public ImportRunSummary? LastRun { get; private set; }

    /// <summary>The last import started on this node from the web: running, finished or failed.</summary>
    public ImportJob? Import { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sections = await db.Articles.AsNoTracking()
            .GroupBy(a => a.Section)
            .Select(g => new { Section = g.Key, Published = g.Count(a => a.WithdrawnUtc == null), Withdrawn = g.Count(a => a.WithdrawnUtc != null) })
            .ToListAsync(cancellationToken);
        Sections = [.. sections.OrderBy(s => s.Section, StringComparer.Ordinal).Select(s => new SectionCount(s.Section, s.Published, s.Withdrawn))];
        LastRun = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Select(ImportRunSummary.Projection).FirstOrDefaultAsync(cancellationToken);
        Import = imports.Latest;
    }

    /// <summary>Starts the import in the background and answers at once: 303 to this page, which shows its progress; 409 when one is running.</summary>
    public async Task<IActionResult> OnPostReimportAsync(CancellationToken cancellationToken)
    {
        var folder = importOptions.Value.SeedsFolder;
        logger.LogInformation("Admin {Admin} started a re-import of {Folder}", User.Identity?.Name, folder);
        if (await imports.TryStartAsync(new ImportRequest(folder, "web", User.Identity?.Name), cancellationToken) is null)
        {
            Problem = "An import is already running. Its report will appear in the import history when it finishes.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            await OnGetAsync(cancellationToken);
            return Page();
        }

        Response.Headers.Location = Url.Page("/Admin/Index");
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}

public sealed record SectionCount(string Section, int Published, int Withdrawn);
