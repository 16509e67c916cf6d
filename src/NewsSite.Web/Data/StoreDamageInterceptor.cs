using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsSite.Web.Data;

/// <summary>Records in <see cref="StoreIntegrity"/> any statement the store failed because its data is damaged.</summary>
public sealed class StoreDamageInterceptor(StoreIntegrity integrity) : DbCommandInterceptor
{
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Record(eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Record(Exception exception)
    {
        if (StoreIntegrity.IsDamage(exception))
        {
            integrity.Report($"a statement failed on damaged data: {exception.Message}");
        }
    }
}
