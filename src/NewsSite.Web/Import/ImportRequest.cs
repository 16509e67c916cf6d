namespace NewsSite.Web.Import;

/// <summary>What to import and on whose behalf.</summary>
/// <param name="Folder">The folder of seed files.</param>
/// <param name="Trigger">How the import was started: "web", "upload", "cli" or "startup".</param>
/// <param name="StartedBy">The admin who started it, if any (for an upload, who confirmed it).</param>
/// <param name="WithdrawMissing">Withdraw articles whose seed is not in the folder (true for the site's own seeds folder).</param>
/// <param name="OnlyIntoEmptyStore">Import only if the store holds no article once the import holds the lock (a new site's first start, on every node).</param>
/// <param name="UploadedBy">For an upload, the admin who uploaded the files.</param>
/// <param name="Prepare">
/// Runs once the import holds the import lock (on every node), before the folder is read: an upload
/// checks and writes its files into the folder here, so no other import or upload can come between.
/// When it returns false, nothing is imported or recorded and the import returns null.
/// </param>
public sealed record ImportRequest(
    string Folder,
    string Trigger,
    string? StartedBy = null,
    bool WithdrawMissing = true,
    bool OnlyIntoEmptyStore = false,
    string? UploadedBy = null,
    Func<CancellationToken, Task<bool>>? Prepare = null);
