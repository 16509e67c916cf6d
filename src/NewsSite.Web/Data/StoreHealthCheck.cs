using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsSite.Web.Data;

/// <summary>Healthy when the store answers and every committed migration is applied: what a load balancer needs to know.</summary>
public sealed class StoreHealthCheck(NewsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The store cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The store is reachable and up to date.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied yet.");
    }
}
