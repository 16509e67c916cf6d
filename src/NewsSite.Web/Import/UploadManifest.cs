namespace NewsSite.Web.Import;

/// <summary>
/// What an upload's staging folder keeps beside its files (<c>upload.json</c>), so nothing about a
/// pending upload travels in a cookie: who uploaded it and when, each staged file with the state of
/// the seed it would replace at that moment, and a line per refused file.
/// </summary>
/// <param name="UploadedBy">The admin who uploaded the files.</param>
/// <param name="UploadedUtc">When, in UTC.</param>
/// <param name="Files">The staged files, by their safe names.</param>
/// <param name="Problems">Why each refused file was refused; the names the browser sent are shortened to <see cref="SeedUploads.ShownNameLength"/> characters.</param>
public sealed record UploadManifest(string UploadedBy, DateTime UploadedUtc, IReadOnlyList<UploadManifest.StagedName> Files, IReadOnlyList<string> Problems)
{
    /// <summary>One staged file.</summary>
    /// <param name="Name">Its name in the staging folder, and in the seeds folder once confirmed.</param>
    /// <param name="SeedHash">SHA-256 (lowercase hex) of the seeds folder's file of this name when the upload was staged; null when there was none.</param>
    public sealed record StagedName(string Name, string? SeedHash);
}
