using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsSite.Web.Admin;

namespace NewsSite.Web.Pages.Admin;

[EnableRateLimiting(AdminSetup.SignInRateLimit)]
public class LoginModel(AdminAccounts accounts, ILogger<LoginModel> logger) : PageModel
{
    // Bounded at the edge: a name is what AdminAccounts accepts, so what is logged is never more.
    [BindProperty]
    [Required]
    [StringLength(AdminAccounts.MaxNameLength)]
    [RegularExpression(AdminAccounts.NamePattern)]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required]
    [StringLength(AdminAccounts.MaxPasswordLength)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Problem = "Enter your name and password.";
            return Page();
        }

        var outcome = await accounts.SignInAsync(Name, Password, cancellationToken);
        if (outcome.IsBusy)
        {
            Problem = "An import is writing to the store right now, so sign-in could not be checked. Try again in a minute.";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
            return Page();
        }

        if (!outcome.Succeeded)
        {
            logger.LogWarning("Failed admin sign-in for {Admin} from {Address}", Name, HttpContext.Connection.RemoteIpAddress);
            Problem = $"Sign-in failed: that name and password do not match an admin. After {AdminAccounts.MaxFailedSignIns} failures an account is locked for {AdminAccounts.LockoutDuration.TotalMinutes:0} minutes.";
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, outcome.Name!), new Claim(AdminAccounts.SecurityStampClaim, outcome.SecurityStamp!)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        logger.LogInformation("Admin {Admin} signed in", outcome.Name);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
    }
}
