using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>
/// Seed files uploaded by an admin: held in a staging folder of their own until the admin has
/// seen the preview and confirms, then moved into the seeds folder under a sanitised name.
/// </summary>
public sealed partial class SeedUploads(IOptions<ImportOptions> options, IHostEnvironment environment, TimeProvider clock)
{
    public const int MaxFiles = 100;

    private string StagingRoot => Path.GetFullPath(options.Value.UploadsPath ?? Path.Combine("App_Data", "uploads"), environment.ContentRootPath);

    /// <summary>Stages the files; returns the upload's token and a problem per refused file.</summary>
    public async Task<(string? Token, List<string> Problems)> StageAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
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
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var name = SeedNames.Safe(file.FileName);
            if (name is null)
            {
                problems.Add($"{file.FileName}: only .txt, .md and .html seed files can be uploaded.");
            }
            else if (!names.Add(name))
            {
                problems.Add($"{file.FileName}: another file of this upload is already named {name}.");
            }
            else if (file.Length > options.Value.MaxSeedBytes)
            {
                problems.Add($"{file.FileName}: {file.Length:N0} bytes is over the {options.Value.MaxSeedBytes:N0} byte limit.");
            }
            else
            {
                await using var target = File.Create(Path.Combine(folder, name));
                await file.CopyToAsync(target, cancellationToken);
            }
        }

        if (Directory.EnumerateFiles(folder).Any())
        {
            Directory.SetLastWriteTimeUtc(folder, clock.GetUtcNow().UtcDateTime); // when it was staged, for RemoveAbandoned
            return (token, problems);
        }

        Directory.Delete(folder, recursive: true);
        return (null, problems);
    }

    /// <summary>Whether an upload with this token is waiting for confirmation.</summary>
    public bool Exists(string token) => Folder(token) is not null;

    /// <summary>The staged files as the parser sees them; empty when the token is unknown.</summary>
    public IReadOnlyList<(string Name, SeedParseResult Result)> Preview(string token) =>
        Folder(token) is { } folder
            ? [.. SeedFiles.Find(folder).Select(path => (Path.GetFileName(path), SeedFiles.Read(path, options.Value.MaxSeedBytes).Result))]
            : [];

    /// <summary>
    /// Moves the staged files that parse into the seeds folder and returns their names. A file
    /// that does not parse never replaces a seed; one that replaces a seed updates its article,
    /// which keeps the previous version as a revision.
    /// </summary>
    public IReadOnlyList<string> Commit(string token, string seedsFolder)
    {
        var folder = Folder(token);
        if (folder is null)
        {
            return [];
        }

        var moved = new List<string>();
        foreach (var path in SeedFiles.Find(folder).Where(path => SeedFiles.Read(path, options.Value.MaxSeedBytes).Result.Succeeded))
        {
            var name = Path.GetFileName(path);
            File.Move(path, Path.Combine(seedsFolder, name), overwrite: true);
            moved.Add(name);
        }

        Directory.Delete(folder, recursive: true);
        return moved;
    }

    public void Discard(string token)
    {
        if (Folder(token) is { } folder)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Whether a seed of this name is already in the seeds folder (the upload would replace it).</summary>
    public static bool Replaces(string name, string seedsFolder) => File.Exists(Path.Combine(seedsFolder, name));

    // Uploads never confirmed or discarded are removed after a day.
    private void RemoveAbandoned()
    {
        if (!Directory.Exists(StagingRoot))
        {
            return;
        }

        foreach (var stale in new DirectoryInfo(StagingRoot).EnumerateDirectories().Where(d => d.LastWriteTimeUtc < clock.GetUtcNow().UtcDateTime.AddDays(-1)))
        {
            stale.Delete(recursive: true);
        }
    }

    // The token names a folder, so it must be exactly what StageAsync made: 32 hex digits.
    private string? Folder(string token) =>
        Token().IsMatch(token) && Directory.Exists(Path.Combine(StagingRoot, token)) ? Path.Combine(StagingRoot, token) : null;

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Token();
}
