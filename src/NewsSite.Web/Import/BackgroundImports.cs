using System.Threading.Channels;

namespace NewsSite.Web.Import;

/// <summary>
/// Runs the imports an admin starts on the web in the background, so the request that starts one
/// answers at once instead of holding the browser for the whole import. Jobs wait in a queue that
/// holds at most one, and run one at a time in a scope of their own. <see cref="TryStartAsync"/> waits
/// only until the import holds the import lock (<see cref="ImportGate"/>: this process, the SQLite
/// lock file, PostgreSQL's advisory lock) and has counted its files — or is refused because another
/// import holds it, here, on another node or on the command line. <see cref="Latest"/> is what the
/// admin page shows of this node's imports. Stopping the site stops a running import, and its
/// transaction rolls back.
/// </summary>
public sealed class BackgroundImports(IServiceScopeFactory scopes, ILogger<BackgroundImports> logger) : BackgroundService
{
    private readonly Channel<ImportJob> _queue = Channel.CreateBounded<ImportJob>(new BoundedChannelOptions(1) { SingleReader = true });
    private ImportJob? _active;
    private volatile ImportJob? _latest;

    /// <summary>The last import this node started for an admin: running, finished or failed; null if none.</summary>
    public ImportJob? Latest => _latest;

    /// <summary>Starts <paramref name="request"/> in the background; null when another import is running (nothing is started).</summary>
    public async Task<ImportJob?> TryStartAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        var job = new ImportJob(request);
        if (Interlocked.CompareExchange(ref _active, job, null) is not null)
        {
            return null;
        }

        if (!_queue.Writer.TryWrite(job))
        {
            Interlocked.CompareExchange(ref _active, null, job);
            return null;
        }

        if (!await job.Accepted.WaitAsync(cancellationToken))
        {
            return null;
        }

        _latest = job;
        return job;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var job))
            {
                job.Fail("The site stopped before the import began.");
            }
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken stoppingToken)
    {
        ImportReport? report = null;
        string? error = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<SeedImporter>().TryImportAsync(job.Request, job, stoppingToken);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The import of {Folder} started by {Admin} failed; nothing it wrote was kept", job.Request.Folder, job.Request.StartedBy);
            error = ex is OperationCanceledException ? "The site stopped during the import." : ex.Message;
        }

        // The next import may start as soon as anyone can learn how this one ended.
        Volatile.Write(ref _active, null);
        if (error is null)
        {
            job.Complete(report);
        }
        else
        {
            job.Fail(error);
        }
    }
}
