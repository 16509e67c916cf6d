using NewsSite.Web.Import;

namespace NewsSite.Web.Data;

/// <summary>One import, as the history shows it: who, when, how, and what happened to each file.</summary>
public class ImportRun
{
    public int Id { get; set; }

    public DateTime StartedUtc { get; set; }

    public TimeSpan Duration { get; set; }

    /// <summary>How it was started: "web", "cli", "upload" or "startup".</summary>
    public required string Trigger { get; set; }

    /// <summary>The admin who started it (for an upload, who confirmed it); null for the command line and start-up.</summary>
    public string? StartedBy { get; set; }

    /// <summary>For an upload, the admin who uploaded the files (who confirmed them is <see cref="StartedBy"/>); otherwise null.</summary>
    public string? UploadedBy { get; set; }

    public required string Folder { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Withdrawn { get; set; }

    public int Restored { get; set; }

    public int Failed { get; set; }

    /// <summary>Every file's outcome, stored as JSON.</summary>
    public List<ImportFileResult> Files { get; set; } = [];
}
