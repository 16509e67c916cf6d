namespace NewsSite.Web.Import;

/// <summary>
/// What confirming an upload did: imported it (the run's id, the same for every confirmation of one
/// upload), refused with a reason to show (nothing was written), or found no such upload (both null).
/// </summary>
public sealed record UploadConfirmation(int? RunId, string? Refusal)
{
    public static readonly UploadConfirmation NotFound = new(null, null);

    public static UploadConfirmation Imported(int runId) => new(runId, null);

    public static UploadConfirmation Refused(string reason) => new(null, reason);
}
