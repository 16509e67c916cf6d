using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Pages.Admin.Imports;

public class IndexModel(NewsDbContext db) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<ImportRunSummary> Runs { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var total = await db.ImportRuns.CountAsync(cancellationToken);
        if (PageNumber.FromQuery(Request.Query["page"]) is not { } pageNumber || pageNumber.Offset(total, PageSize) is not { } skip)
        {
            return NotFound();
        }

        Runs = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Skip(skip)
            .Take(PageSize)
            .Select(ImportRunSummary.Projection)
            .ToListAsync(cancellationToken);
        Pager = new Pager("/admin/imports", pageNumber.Value, total, PageSize);
        return Page();
    }
}
