using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Shared;

/// <summary>The header's section navigation, from the sections the store holds.</summary>
public sealed class SectionNavViewComponent(NewsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        return View(await db.SectionsAsync(HttpContext.RequestAborted));
    }
}
