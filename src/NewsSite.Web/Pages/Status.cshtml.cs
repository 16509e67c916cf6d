using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsSite.Web.Pages;

/// <summary>The page shown for error status codes (404, 410, 500…), re-executed by the status-code middleware.</summary>
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code switch
    {
        404 => "Page not found",
        410 => "This article has been withdrawn",
        _ when Code >= 500 => "Something went wrong",
        _ => "This page cannot be shown",
    };

    public string Explanation => Code switch
    {
        404 => "There is no page at this address. It may have moved, or the link may be mistyped.",
        410 => "This article is no longer published.",
        _ when Code >= 500 => "The problem is ours. Please try again in a moment.",
        _ => "The request could not be answered.",
    };

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;

        // Asked for directly, the page answers with the status it describes.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = Code;
        }
    }
}
