using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>The file-system edge of ingestion: finds seed files and reads them for the parser.</summary>
public static class SeedFiles
{
    /// <summary>The file extensions read as seeds.</summary>
    public static readonly string[] Extensions = [".txt", ".md", ".html"];

    /// <summary>Seed files of a folder, in name order so every run sees them alike.</summary>
    public static IReadOnlyList<string> Find(string folder) =>
        [.. Directory.EnumerateFiles(folder)
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];

    /// <summary>Reads and parses one file; an unreadable or oversized file is a failed result, not an exception.</summary>
    public static (SeedParseResult Result, byte[]? Bytes) Read(string path, int maxBytes)
    {
        var (bytes, error) = ReadBytes(path, maxBytes);
        return bytes is null ? (error!, null) : (SeedParser.Parse(path, bytes, maxBytes), bytes);
    }

    /// <summary>Reads a file's bytes, or gives the failed result that says why it cannot.</summary>
    public static (byte[]? Bytes, SeedParseResult? Error) ReadBytes(string path, int maxBytes)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                return (null, SeedParser.TooLarge(length, maxBytes));
            }

            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var count and > 0)
            {
                read += count;
            }

            return (read == bytes.Length ? bytes : bytes[..read], null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, SeedParseResult.Failure($"cannot read the file: {ex.Message}"));
        }
    }

    /// <summary>Resolves the seeds folder: the configured path, else the repository's <c>seeds/</c> above the content root.</summary>
    public static string ResolveFolder(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(configured, contentRoot));
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsSite.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        return Path.Combine(contentRoot, "seeds");
    }
}
