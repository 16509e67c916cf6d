using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>
/// Seed files uploaded by an admin: held in a staging folder of their own (with an
/// <see cref="UploadManifest"/>) until an admin has seen the preview and confirms, then written
/// into the seeds folder under their sanitised names (<see cref="SeedNames.Safe"/>). Any admin may
/// confirm or discard any pending upload; the import run records who uploaded and who confirmed.
/// </summary>
public sealed partial class SeedUploads(IOptions<ImportOptions> options, IHostEnvironment environment, TimeProvider clock)
{
    public const int MaxFiles = 100;

    /// <summary>At most this many refused files are listed; the rest are counted.</summary>
    public const int ProblemsShown = 20;

    /// <summary>A refused file's name, as the browser sent it, is shown up to this many characters.</summary>
    public const int ShownNameLength = 80;

    private const string ManifestFile = "upload.json";
    private const string ClaimFile = "confirming";
    private const string ReceiptFile = "imported";

    // Confirmations running in this process, by token: a second confirmation of one upload waits for the first's outcome.
    private readonly ConcurrentDictionary<string, Task<UploadConfirmation>> _confirming = new();

    private string StagingRoot => Path.GetFullPath(options.Value.UploadsPath ?? Path.Combine("App_Data", "uploads"), environment.ContentRootPath);

    private string SeedsFolder => options.Value.SeedsFolder;

    /// <summary>Stages the files; returns the upload's token (null when every file was refused) and a problem per refused file.</summary>
    public async Task<(string? Token, List<string> Problems)> StageAsync(IReadOnlyList<IFormFile> files, string uploadedBy, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (files.Count is 0 or > MaxFiles)
        {
            problems.Add($"Choose between 1 and {MaxFiles} seed files.");
            return (null, problems);
        }

        RemoveAbandoned();
        var token = Guid.NewGuid().ToString("n");
        var folder = Directory.CreateDirectory(Path.Combine(StagingRoot, token)).FullName;
        var staged = new List<UploadManifest.StagedName>();
        foreach (var file in files)
        {
            var name = SeedNames.Safe(file.FileName);
            if (name is null)
            {
                problems.Add($"{Shown(file.FileName)}: only .txt, .md and .html seed files can be uploaded.");
            }
            else if (staged.Any(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{Shown(file.FileName)}: another file of this upload is already named {name}.");
            }
            else if (file.Length > options.Value.MaxSeedBytes)
            {
                problems.Add($"{Shown(file.FileName)}: {file.Length:N0} bytes is over the {options.Value.MaxSeedBytes:N0} byte limit.");
            }
            else
            {
                await using (var target = File.Create(Path.Combine(folder, name)))
                {
                    await file.CopyToAsync(target, cancellationToken);
                }

                staged.Add(new UploadManifest.StagedName(name, SeedHash(name)));
            }
        }

        if (staged.Count == 0)
        {
            Directory.Delete(folder, recursive: true);
            return (null, problems);
        }

        var manifest = new UploadManifest(uploadedBy, clock.GetUtcNow().UtcDateTime, staged, problems);
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest), cancellationToken);
        Directory.SetLastWriteTimeUtc(folder, manifest.UploadedUtc); // when it was staged, for RemoveAbandoned
        return (token, problems);
    }

    /// <summary>The upload as the parser reads its files now, with the state of the seeds they would replace; null when the token is unknown.</summary>
    public StagedUpload? Preview(string token)
    {
        if (Folder(token) is not { } folder || ReadManifest(folder) is not { } manifest)
        {
            return null;
        }

        if (ReadReceipt(folder) is { } runId)
        {
            return new StagedUpload(manifest.UploadedBy, manifest.UploadedUtc, [], manifest.Problems, runId);
        }

        var elsewhere = PendingElsewhere(token);
        var files = ReadStaged(folder, manifest).Select(f =>
        {
            var seedHash = SeedHash(f.Name);
            return new StagedFile(f.Name, f.Hash, f.Result, seedHash, seedHash != f.SeedHashWhenStaged, elsewhere[f.Name].ToList());
        });
        return new StagedUpload(manifest.UploadedBy, manifest.UploadedUtc, [.. files], manifest.Problems, null);
    }

    /// <summary>Removes a pending upload; one already imported keeps its receipt until it is abandoned.</summary>
    public void Discard(string token)
    {
        if (Folder(token) is { } folder && !File.Exists(Path.Combine(folder, ClaimFile)))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The value of the explicit choice to replace a seed whose hash is <paramref name="seedHash"/> (null: no such seed).</summary>
    public static string ReplaceChoice(string name, string? seedHash) => $"{name}:{seedHash ?? "none"}";

    // A name the browser sent, fit to show: control characters replaced, at most ShownNameLength characters.
    private static string Shown(string clientName)
    {
        var text = string.Concat(clientName.Select(c => char.IsControl(c) ? '\uFFFD' : c));
        if (text.Length <= ShownNameLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[ShownNameLength - 1]) ? ShownNameLength - 1 : ShownNameLength;
        return text[..end] + "…";
    }

    // SHA-256 of the seeds folder's file of this name; null when there is none.
    private string? SeedHash(string name)
    {
        try
        {
            using var stream = File.OpenRead(Path.Combine(SeedsFolder, name));
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable"; // never equal to a hash: counts as changed
        }
    }

    // Each staged file read once: its bytes (null when unreadable or too large), their hash, and the parse of those bytes.
    private List<(string Name, string? SeedHashWhenStaged, byte[]? Bytes, string Hash, SeedParseResult Result)> ReadStaged(string folder, UploadManifest manifest) =>
        [.. manifest.Files.Select(f =>
        {
            var (result, bytes) = SeedFiles.Read(Path.Combine(folder, f.Name), options.Value.MaxSeedBytes);
            return (f.Name, f.SeedHash, bytes, bytes is null ? "" : Convert.ToHexStringLower(SHA256.HashData(bytes)), result);
        })];

    // The files of every other upload still waiting for confirmation, by name.
    private ILookup<string, (string UploadedBy, DateTime UploadedUtc)> PendingElsewhere(string token) =>
        new DirectoryInfo(StagingRoot).EnumerateDirectories()
            .Where(d => d.Name != token && Token().IsMatch(d.Name) && !File.Exists(Path.Combine(d.FullName, ClaimFile)))
            .Select(d => ReadManifest(d.FullName))
            .OfType<UploadManifest>()
            .SelectMany(m => m.Files.Select(f => (f.Name, By: (m.UploadedBy, m.UploadedUtc))))
            .ToLookup(x => x.Name, x => x.By, StringComparer.OrdinalIgnoreCase);

    private static UploadManifest? ReadManifest(string folder)
    {
        try
        {
            return JsonSerializer.Deserialize<UploadManifest>(File.ReadAllText(Path.Combine(folder, ManifestFile)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static int? ReadReceipt(string folder)
    {
        try
        {
            return int.TryParse(File.ReadAllText(Path.Combine(folder, ReceiptFile)), out var runId) ? runId : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Uploads never confirmed or discarded, and the receipts of confirmed ones, are removed after a day.
    private void RemoveAbandoned()
    {
        if (!Directory.Exists(StagingRoot))
        {
            return;
        }

        foreach (var stale in new DirectoryInfo(StagingRoot).EnumerateDirectories().Where(d => d.LastWriteTimeUtc < clock.GetUtcNow().UtcDateTime.AddDays(-1)))
        {
            try
            {
                stale.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Removed by another request meanwhile, or in use: the next upload tries again.
            }
        }
    }

    // The token names a folder, so it must be exactly what StageAsync made: 32 hex digits.
    private string? Folder(string token) =>
        Token().IsMatch(token) && Directory.Exists(Path.Combine(StagingRoot, token)) ? Path.Combine(StagingRoot, token) : null;

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Token();
}
