using System.Security.Cryptography;
using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>A seed file read, hashed and, unless its hash shows it unchanged, parsed.</summary>
/// <param name="Name">The file name within its folder.</param>
/// <param name="Hash">SHA-256 of the bytes in hex; null when the file could not be read.</param>
/// <param name="Result">The parse result; null when the file was not parsed because it is unchanged.</param>
public sealed record ParsedSeed(string Name, string? Hash, SeedParseResult? Result)
{
    /// <summary>Reads the file; skips parsing when its hash equals <paramref name="knownHash"/>.</summary>
    public static ParsedSeed Read(string path, int maxBytes, string? knownHash = null)
    {
        var name = Path.GetFileName(path);
        var (bytes, error) = SeedFiles.ReadBytes(path, maxBytes);
        if (bytes is null)
        {
            return new ParsedSeed(name, null, error);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new ParsedSeed(name, hash, hash == knownHash ? null : SeedParser.Parse(name, bytes, maxBytes));
    }
}
