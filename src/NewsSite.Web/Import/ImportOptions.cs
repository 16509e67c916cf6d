using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Import;

/// <summary>Where seeds come from and how large they may be (section "Import").</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>
    /// The seeds folder; relative paths are from the content root. Unset: the repository's
    /// <c>seeds/</c>. Once the options are built it holds the resolved, absolute folder.
    /// </summary>
    public string? SeedsPath { get; set; }

    /// <summary>The resolved seeds folder.</summary>
    public string SeedsFolder => SeedsPath ?? throw new InvalidOperationException("The seeds folder is resolved when the options are built.");

    /// <summary>Seed files larger than this many bytes are refused.</summary>
    [Range(1, int.MaxValue)]
    public int MaxSeedBytes { get; set; } = Ingestion.SeedParser.DefaultMaxBytes;

    /// <summary>Where uploads wait for the admin's confirmation; relative paths are from the content root. Unset: App_Data/uploads.</summary>
    public string? UploadsPath { get; set; }

    /// <summary>Import the seeds at start-up when the store holds no article yet.</summary>
    public bool ImportWhenEmpty { get; set; } = true;
}
