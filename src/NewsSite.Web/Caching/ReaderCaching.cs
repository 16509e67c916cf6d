using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsSite.Web.Caching;

/// <summary>
/// Makes reader pages about as cheap as static files: the output cache keeps each page at its
/// canonical address (<see cref="CanonicalAddressPolicy"/>), compressed per negotiated encoding, until an import changes the content; ETag/Last-Modified
/// let browsers revalidate with a 304; Brotli and gzip shrink HTML. Admin pages are never cached.
/// </summary>
public static class ReaderCaching
{
    /// <summary>The output-cache policy of reader pages: <c>[OutputCache(PolicyName = ReaderCaching.Policy)]</c>.</summary>
    public const string Policy = "reader";

    public static WebApplicationBuilder AddReaderCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContentVersion>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<SiteOptions>>((options, site) =>
            options.AddPolicy(Policy, policy =>
            {
                if (!site.Value.OutputCache)
                {
                    policy.NoCache();
                    return;
                }

                // Keyed by the content version too: a page rendered just before an import committed can
                // never be served after it, even if it was stored after the eviction. Keyed by the encoding
                // the response will have, not the Accept-Encoding header as sent, which anyone can vary at will.
                // With a public address set, nothing on a page comes from the Host header, so it is not part of the key.
                policy.AddPolicy<CanonicalAddressPolicy>()
                    .Expire(TimeSpan.FromHours(1)).Tag(ContentVersion.CacheTag)
                    .SetVaryByHost(site.Value.PublicUrl is null)
                    .VaryByValue(context => new("encoding", NegotiatedEncoding(context)))
                    .VaryByValue(context => new("version", VersionOf(context).RunId.ToString(CultureInfo.InvariantCulture)));
            }));
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        return builder;
    }

    /// <summary>
    /// Answers a reader page's conditional GET with 304 when the content has not changed, and
    /// stamps fresh responses with ETag, Last-Modified and Cache-Control: no-cache (revalidate).
    /// </summary>
    public static IApplicationBuilder UseReaderCaching(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            var isReaderPage = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            isReaderPage &= context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == Policy;
            if (!isReaderPage)
            {
                await next(context);
                return;
            }

            // The store's version now: an import on another node shows on this one at once.
            var version = await context.RequestServices.GetRequiredService<ContentVersion>().RefreshAsync(context.RequestAborted);
            context.Items[typeof(ContentVersion.Stamp)] = version;
            var request = context.Request.GetTypedHeaders();
            var notModified = request.IfNoneMatch.Count > 0
                ? request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(version.ETag, useStrongComparison: false))
                : request.IfModifiedSince >= version.LastModified;
            if (notModified)
            {
                Stamp(context.Response, version);
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    Stamp(context.Response, version);
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        app.UseOutputCache();
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin"), branch => branch.UseResponseCompression());
        return app;
    }

    // The encoding the response compression middleware will choose for this request: "br", "gzip" or none.
    private static string NegotiatedEncoding(HttpContext context) =>
        context.RequestServices.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(context)?.EncodingName ?? "identity";

    private static ContentVersion.Stamp VersionOf(HttpContext context) =>
        context.Items[typeof(ContentVersion.Stamp)] as ContentVersion.Stamp ?? context.RequestServices.GetRequiredService<ContentVersion>().Current;

    private static void Stamp(HttpResponse response, ContentVersion.Stamp version)
    {
        response.Headers.ETag = version.ETag.ToString();
        response.Headers.LastModified = version.LastModified.ToString("R");
        response.Headers.CacheControl = "no-cache";
    }
}
