using Microsoft.AspNetCore.OutputCaching;

namespace NewsSite.Web.Caching;

/// <summary>
/// Keeps junk out of the output cache, so that no number of made-up addresses can push real pages
/// out of it. A reader page is cached only at its canonical address: its path with the query keys
/// its <see cref="OutputCacheAttribute.VaryByQueryKeys"/> name (none unless it names some, e.g.
/// <c>page</c> for a list), each given at most once. A request with any other query key, or a key
/// given twice, is served as usual but neither looked up in the cache nor stored. Responses other
/// than 200 (404, 410, redirects) are never stored: the framework's default policy, which runs first.
/// </summary>
internal sealed class CanonicalAddressPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var keys = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.VaryByQueryKeys ?? [];
        if (!IsCanonical(context.HttpContext.Request.Query, keys))
        {
            context.EnableOutputCaching = false;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Whether every key of <paramref name="query"/> is one of <paramref name="keys"/> (ignoring case, as the query does) with a single value.</summary>
    internal static bool IsCanonical(IQueryCollection query, IReadOnlyCollection<string> keys) =>
        query.All(pair => pair.Value.Count <= 1 && keys.Contains(pair.Key, StringComparer.OrdinalIgnoreCase));
}
