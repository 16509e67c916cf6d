using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Shared;

/// <summary>
/// The header's section navigation, from the sections the store holds. On the error page shown
/// for an exception it lists no sections: the store may be what failed.
/// </summary>
public sealed class SectionNavViewComponent(NewsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        IReadOnlyList<SectionLink> sections = HttpContext.Features.Get<IExceptionHandlerFeature>() is null
            ? await db.SectionsAsync(HttpContext.RequestAborted)
            : [];
        return View(sections);
    }
}
