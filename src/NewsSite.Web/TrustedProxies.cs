using System.ComponentModel.DataAnnotations;
using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NewsSite.Web;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are
/// believed (section "Proxies"). Empty by default: then no client can choose the address that
/// sign-in limits and logs see, and the connection's own address counts.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxies";

    /// <summary>Proxy addresses, e.g. <c>["127.0.0.1", "::1"]</c> for a proxy on the same machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>["10.0.0.0/8"]</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p => new ValidationResult($"Proxies:KnownProxies: '{p}' is not an IP address."))
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)).Select(n => new ValidationResult($"Proxies:KnownNetworks: '{n}' is not a network in CIDR notation (e.g. 10.0.0.0/8).")));
}

public static class TrustedProxies
{
    /// <summary>Reads forwarded headers from the configured proxies only; with none configured, from nobody.</summary>
    public static IApplicationBuilder UseTrustedProxies(this WebApplication app)
    {
        var proxies = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (proxies.KnownProxies.Length == 0 && proxies.KnownNetworks.Length == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in proxies.KnownNetworks)
        {
            options.KnownIPNetworks.Add(IPNetwork.Parse(network));
        }

        return app.UseForwardedHeaders(options);
    }
}
