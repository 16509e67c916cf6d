using System.Security.Cryptography;
using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>A seed file read, hashed and, unless its hash shows it unchanged, parsed.</summary>
/// <param name="Name">The file name within its folder.</param>
/// <param name="Hash">
/// SHA-256 of the bytes in hex with the reading rules' version, e.g. <c>"9f86…0a08/r2"</c>: a file
/// is unchanged only when both are (<see cref="SeedParser.RulesVersion"/>); null when the file could not be read.
/// </param>
/// <param name="Result">The parse result; null when the file was not parsed because it is unchanged.</param>
public sealed record ParsedSeed(string Name, string? Hash, SeedParseResult? Result)
{
    /// <summary>Reads the file; skips parsing when its hash equals <paramref name="knownHash"/>. Never throws: a parser fault is this file's failed result.</summary>
    public static ParsedSeed Read(string path, int maxBytes, string? knownHash = null)
    {
        var name = Path.GetFileName(path);
        var (bytes, error) = SeedFiles.ReadBytes(path, maxBytes);
        if (bytes is null)
        {
            return new ParsedSeed(name, null, error);
        }

        var hash = $"{Convert.ToHexStringLower(SHA256.HashData(bytes))}/r{SeedParser.RulesVersion}";
        return new ParsedSeed(name, hash, hash == knownHash ? null : Parse(name, bytes, maxBytes));
    }

    private static SeedParseResult Parse(string name, byte[] bytes, int maxBytes)
    {
        try
        {
            return SeedParser.Parse(name, bytes, maxBytes);
        }
        catch (Exception ex)
        {
            // The readers report bad input as a result; one that throws must still cost only its own file.
            return SeedParseResult.Failure($"could not be read as a seed: {ex.Message}");
        }
    }
}
