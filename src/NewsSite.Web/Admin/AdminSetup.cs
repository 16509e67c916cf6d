using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Import;

namespace NewsSite.Web.Admin;

public static class AdminSetup
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>
    /// Cookie sign-in for admins (HttpOnly, SameSite=Strict, Secure over HTTPS), Data Protection
    /// keys kept in the store, a rate limit on sign-in attempts, and the admin services (accounts, the revision-changes cache).
    /// </summary>
    public static WebApplicationBuilder AddNewsAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddDataProtection().SetApplicationName("NewsSite").PersistKeysToDbContext<NewsDbContext>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AdminOptions>>((options, admin) =>
            {
                options.LoginPath = "/admin/login";
                options.AccessDeniedPath = "/admin/login";
                options.Cookie.Name = "newssite-admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = admin.Value.SessionLifetime;
                options.SlidingExpiration = true;

                // A removed admin, or one whose password changed, is signed out on the next request.
                options.Events.OnValidatePrincipal = async context =>
                {
                    var name = context.Principal?.Identity?.Name;
                    var stamp = context.Principal?.FindFirst(AdminAccounts.SecurityStampClaim)?.Value;
                    var accounts = context.HttpContext.RequestServices.GetRequiredService<AdminAccounts>();
                    if (name is null || stamp is null || !await accounts.IsCurrentAsync(name, stamp, context.HttpContext.RequestAborted))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Sign-in attempts are limited per client address; reading the form is not.
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.SignInAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        builder.Services.AddSingleton<IPasswordHasher<AdminUser>, PasswordHasher<AdminUser>>();
        builder.Services.AddScoped<AdminAccounts>();
        builder.Services.AddSingleton<RevisionChangesCache>();
        return builder;
    }
}
