using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>One file of a pending upload, as the preview shows it.</summary>
/// <param name="Name">Its safe name: the seed it becomes.</param>
/// <param name="Hash">SHA-256 (lowercase hex) of the bytes shown; empty when they could not be read.</param>
/// <param name="Result">Those bytes as the parser reads them.</param>
/// <param name="SeedHash">SHA-256 of the seeds folder's file of this name now; null when there is none.</param>
/// <param name="SeedChanged">Whether that file was created, changed or removed since the upload was made.</param>
/// <param name="AlsoPendingIn">Other pending uploads holding a file of this name: who uploaded each, and when (UTC).</param>
public sealed record StagedFile(string Name, string Hash, SeedParseResult Result, string? SeedHash, bool SeedChanged, IReadOnlyList<(string UploadedBy, DateTime UploadedUtc)> AlsoPendingIn)
{
    /// <summary>What the preview form sends back for this file: its name and the hash of the bytes shown.</summary>
    public string Previewed => $"{Name}:{Hash}";

    /// <summary>The value of the choice to replace the seed as it is now: its name and that seed's hash ("none" when there is none).</summary>
    public string ReplaceChoice => SeedUploads.ReplaceChoice(Name, SeedHash);
}
