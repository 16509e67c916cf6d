using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace NewsSite.Web.Caching;

/// <summary>
/// A document that changes with the clock as well as with imports (the Google News sitemap's
/// 48-hour window), so neither the output cache nor the content version may stand for it: it is
/// rendered for every request, its ETag is a hash of its own UTF-8 bytes, a conditional GET gets
/// 304 only while those bytes are unchanged, and Cache-Control: no-cache makes clients ask each time.
/// </summary>
public sealed class ContentTaggedResult(string text, string contentType) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16)}\"", isWeak: true);
        var response = httpContext.Response;
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = "no-cache";
        if (httpContext.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
