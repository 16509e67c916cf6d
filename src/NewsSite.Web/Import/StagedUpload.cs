namespace NewsSite.Web.Import;

/// <summary>An upload awaiting confirmation, as its preview shows it.</summary>
/// <param name="UploadedBy">The admin who uploaded it.</param>
/// <param name="UploadedUtc">When, in UTC.</param>
/// <param name="Files">Each staged file as the parser reads it now.</param>
/// <param name="Problems">Why each refused file was refused.</param>
/// <param name="ImportedRunId">The import run that imported it, once it has been confirmed; then <paramref name="Files"/> is empty.</param>
public sealed record StagedUpload(string UploadedBy, DateTime UploadedUtc, IReadOnlyList<StagedFile> Files, IReadOnlyList<string> Problems, int? ImportedRunId);
