using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace NewsSite.Web.Tests;

/// <summary>An in-memory output-cache store that records every entry the site stores.</summary>
public sealed class RecordingOutputCacheStore : IOutputCacheStore
{
    private readonly ConcurrentDictionary<string, byte[]> _entries = new();

    /// <summary>The keys stored, in order.</summary>
    public ConcurrentQueue<string> Stored { get; } = new();

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        _entries.Clear(); // every reader page carries the one content tag
        return ValueTask.CompletedTask;
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(_entries.GetValueOrDefault(key));

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        _entries[key] = value;
        Stored.Enqueue(key);
        return ValueTask.CompletedTask;
    }
}
