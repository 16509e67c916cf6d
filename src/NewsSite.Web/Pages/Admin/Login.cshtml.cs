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
    [BindProperty]
    [Required]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required]
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
