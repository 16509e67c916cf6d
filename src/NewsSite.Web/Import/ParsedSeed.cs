using System.Security.Cryptography;
using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>A seed file read and parsed, with the hash that tells whether it changed.</summary>
public sealed record ParsedSeed(string Name, SeedParseResult Result, string? Hash)
{
    public static ParsedSeed Read(string path, int maxBytes)
    {
        var (result, bytes) = SeedFiles.Read(path, maxBytes);
        return new ParsedSeed(Path.GetFileName(path), result, bytes is null ? null : Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
