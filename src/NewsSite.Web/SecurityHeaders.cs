namespace NewsSite.Web;

/// <summary>
/// The security headers of every response: pages, feeds, the API, static files, errors, 304s and
/// pages served from the output cache. They are set as the response starts, so nothing that runs
/// before then (an error handler clearing the response, antiforgery's own X-Frame-Options) leaves
/// them out or changes them.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Everything from the site itself and nothing inline: no inline script or style, no plugins,
    /// no &lt;base&gt;, forms post only to the site, and no page may frame it. The pages load
    /// <c>/js/age.js</c> and <c>/css/site.css</c> from files; JSON-LD
    /// (<c>&lt;script type="application/ld+json"&gt;</c>) is a data block that is never run, which
    /// script-src does not govern (HTML Standard, "prepare the script element").
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Other sites learn only the site's origin from its links; the site itself sees full addresses.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Adds the headers to every response; goes first in the pipeline.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY"; // frame-ancestors 'none' for browsers without CSP
                headers["Referrer-Policy"] = ReferrerPolicy;
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
}
