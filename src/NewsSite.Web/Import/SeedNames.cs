using System.Text.RegularExpressions;

namespace NewsSite.Web.Import;

/// <summary>
/// The one rule for the names of seed files the site writes, into the seeds folder (uploads) or
/// out of it (exports to a folder or a zip): flat, portable and, within one set, unique.
/// </summary>
public sealed partial class SeedNames
{
    /// <summary>The longest name written, in characters (all ASCII).</summary>
    public const int MaxLength = 120;

    private const string Fallback = "article.txt";

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _given = new(StringComparer.Ordinal);

    /// <summary>
    /// A safe name for a seed file, or null when nothing acceptable remains: the last path segment
    /// only (after <c>/</c> or <c>\</c>), every run of characters other than ASCII letters, digits,
    /// <c>.</c>, <c>_</c> and <c>-</c> made one <c>-</c>, no leading dot or dash, a Windows device
    /// name (<c>CON</c>, <c>NUL</c>, <c>COM1</c>…) prefixed with <c>_</c>, ending in ".txt", ".md" or
    /// ".html" (lowercased), at most <see cref="MaxLength"/> characters (the stem is shortened).
    /// </summary>
    public static string? Safe(string name)
    {
        var segment = UnsafeCharacters().Replace(name.Replace('\\', '/').Split('/')[^1], "-").TrimStart('.', '-');
        var extension = SeedFiles.Extensions.FirstOrDefault(e => segment.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (extension is null || segment.Length == extension.Length)
        {
            return null;
        }

        var stem = segment[..^extension.Length];
        return Fit(DeviceName().IsMatch(stem) ? "_" + stem : stem, extension);
    }

    /// <summary>
    /// Keeps the names that are already <see cref="Safe"/> for the files that bear them, first come
    /// (ignoring case), so a later file is renamed rather than one whose name was fine.
    /// </summary>
    public void Reserve(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (Safe(name) == name && _taken.Add(name))
            {
                _given[name] = name;
            }
        }
    }

    /// <summary>
    /// The name to write <paramref name="source"/> under: its <see cref="Safe"/> name (with ".txt"
    /// added when it has no seed extension, or "article.txt" when nothing is left), made unique in
    /// this set, ignoring case, by "-2", "-3"… before the extension. The same source always gets the same name.
    /// </summary>
    public string For(string source)
    {
        if (_given.TryGetValue(source, out var given))
        {
            return given;
        }

        var safe = Safe(source) ?? Safe(source + ".txt") ?? Fallback;
        var extension = Path.GetExtension(safe);
        var name = safe;
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = Fit(safe[..^extension.Length], $"-{n}{extension}");
        }

        _given[source] = name;
        return name;
    }

    private static string Fit(string stem, string ending) =>
        stem[..Math.Min(stem.Length, MaxLength - ending.Length)] + ending;

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeCharacters();

    // Windows opens these as devices whatever follows the first dot.
    [GeneratedRegex(@"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\.|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceName();
}
