using Microsoft.Extensions.Caching.Memory;

namespace NewsSite.Web.Admin;

/// <summary>
/// What each revision changed, computed once and kept in this process's memory, so a revisions page
/// is not diffed again on every view. A revision never changes, and neither does the version it is
/// compared with: the next newer revision, or the article until an import replaces it — and then
/// the replaced version becomes a revision with the same content hash. So an entry is keyed by the
/// revision's id and the content hash of that newer version, and never goes stale. The cache holds
/// at most <see cref="CharacterLimit"/> characters of change text (each revision describes at most
/// <see cref="RevisionDiff.ShownChanges"/> changes); past that, the least recently used revisions are
/// dropped and computed again when next viewed. Each node keeps its own.
/// </summary>
public sealed class RevisionChangesCache : IDisposable
{
    /// <summary>The most characters of change text kept, about 64 MB.</summary>
    public const long CharacterLimit = 32 * 1024 * 1024;

    // Each change costs a little beyond its text: its record, its runs.
    private const long CharactersPerChange = 64;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CharacterLimit });

    /// <summary>The changes of revision <paramref name="revisionId"/> against the version whose hash is <paramref name="newerHash"/>, computed by <paramref name="compare"/> if not kept.</summary>
    public RevisionChanges GetOrCompare(int revisionId, string newerHash, Func<RevisionChanges> compare)
    {
        var key = (revisionId, newerHash);
        if (_cache.TryGetValue(key, out RevisionChanges? changes))
        {
            return changes!;
        }

        changes = compare();
        _cache.Set(key, changes, new MemoryCacheEntryOptions { Size = changes.Shown.Sum(c => c.Characters + CharactersPerChange) + CharactersPerChange });
        return changes;
    }

    public void Dispose() => _cache.Dispose();
}
