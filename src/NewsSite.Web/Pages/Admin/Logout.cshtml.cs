using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsSite.Web.Admin;

namespace NewsSite.Web.Pages.Admin;

/// <summary>Signing out ends every session of the admin, server-side: a copied cookie stops working too.</summary>
public class LogoutModel(AdminAccounts accounts, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = User.Identity?.Name;
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (name is not null && !await accounts.EndSessionsAsync(name, cancellationToken))
        {
            logger.LogWarning("Admin {Admin} signed out of one browser; other sessions could not be ended while an import writes", name);
            return Content("You are signed out of this browser. Other sessions of yours could not be ended while an import is writing: sign in and out again in a minute to end them.");
        }

        logger.LogInformation("Admin {Admin} signed out; every session of theirs is ended", name);
        return Redirect("/");
    }
}
