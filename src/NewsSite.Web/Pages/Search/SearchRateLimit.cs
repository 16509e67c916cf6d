using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Search;

/// <summary>
/// The rate limit on searches: <see cref="SearchOptions.SearchesPerMinute"/> per client address in a
/// fixed one-minute window (an IPv6 client is its /64, which one subscriber usually holds whole).
/// A request over the limit gets 429 Too Many Requests, Retry-After, and a short page saying why
/// (<see cref="TurnedAway"/>).
/// </summary>
public sealed class SearchRateLimit(IOptions<SearchOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy's name: <c>[EnableRateLimiting(SearchRateLimit.Policy)]</c>.</summary>
    public const string Policy = "search";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            TurnedAway.Html("Too many searches", $"Your address has searched {options.Value.SearchesPerMinute} times in the last minute, as many as the site answers. Please try again in {seconds} seconds."),
            cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        string.IsNullOrWhiteSpace(httpContext.Request.Query["q"])
            ? RateLimitPartition.GetNoLimiter("no query")
            : RateLimitPartition.GetFixedWindowLimiter(ClientOf(httpContext.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.SearchesPerMinute,
                Window = TimeSpan.FromMinutes(1),
            });

    /// <summary>The client an address stands for: itself, or for IPv6 its /64 network.</summary>
    public static string ClientOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
