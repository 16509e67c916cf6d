using Microsoft.Extensions.Options;

namespace NewsSite.Web.Pages.Shared;

/// <summary>Absolute URLs, from <see cref="SiteOptions.PublicUrl"/> or else the request's own scheme and host.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options, IHttpContextAccessor accessor)
{
    public string Absolute(string path)
    {
        var baseUrl = options.Value.PublicUrl?.TrimEnd('/');
        if (baseUrl is null && accessor.HttpContext?.Request is { } request)
        {
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return baseUrl + path;
    }
}
