namespace NewsSite.Web.Import;

/// <summary>What to import and on whose behalf.</summary>
/// <param name="Folder">The folder of seed files.</param>
/// <param name="Trigger">How the import was started: "web", "upload", "cli" or "startup".</param>
/// <param name="StartedBy">The admin who started it, if any.</param>
/// <param name="WithdrawMissing">Withdraw articles whose seed is not in the folder (true for the site's own seeds folder).</param>
public sealed record ImportRequest(string Folder, string Trigger, string? StartedBy = null, bool WithdrawMissing = true);
