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

    public async Task OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var pageNumber = PageNumber.Parse(page);
        Runs = await db.ImportRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(ImportRunSummary.Projection)
            .ToListAsync(cancellationToken);
        Pager = new Pager("/admin/imports", pageNumber, await db.ImportRuns.CountAsync(cancellationToken), PageSize);
    }
}
