using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsSite.Web.Data;

/// <summary>
/// Healthy when the store answers, every committed migration is applied and no damage is known in
/// its data (<see cref="StoreIntegrity"/>): what a load balancer needs to know.
/// </summary>
public sealed class StoreHealthCheck(NewsDbContext db, StoreIntegrity integrity) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (integrity.Damage is { } damage)
        {
            return HealthCheckResult.Unhealthy($"The store is damaged: {damage}");
        }

        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The store cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The store is reachable and up to date.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied yet.");
    }

    /// <summary>
    /// The <c>/healthz</c> answer, plain text: <c>Healthy</c>, or the status and each failing check's
    /// reason, e.g. <c>Unhealthy: The store is damaged: …</c>.
    /// </summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString());
        foreach (var entry in report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy))
        {
            text.Append(": ").Append(entry.Description ?? entry.Exception?.Message);
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
