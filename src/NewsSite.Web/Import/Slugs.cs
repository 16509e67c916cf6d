using AnyAscii;

namespace NewsSite.Web.Import;

/// <summary>
/// Readable URL segments in ASCII: "China and North Korea loom…" → "china-and-north-korea-loom…",
/// "Мир" → "mir", "Κόσμος" → "kosmos" (transliterated by AnyAscii). Never throws: any string,
/// noncharacters and lone surrogates included, gives a segment.
/// </summary>
public static class Slugs
{
    private const int MaxLength = 80;

    // First URL segments the site uses itself; a section cannot take them.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "admin", "status", "api", "search", "feeds", "feed", "rss", "atom", "sitemap", "sitemap-xml", "sitemaps", "robots-txt", "openapi", "healthz", "css", "js", "img",
    };

    /// <summary>A section's URL segment, never one the site uses for itself ("Admin" → "admin-news").</summary>
    public static string ForSection(string section)
    {
        var slug = From(section);
        return Reserved.Contains(slug) ? slug + "-news" : slug;
    }

    /// <summary>Lowercase ASCII letters and digits joined by single hyphens, at most 80 characters cut at a word; "article" when nothing is left.</summary>
    public static string From(string text)
    {
        var slug = new System.Text.StringBuilder(MaxLength + 1);
        var cutMidWord = false;
        foreach (var c in text.Transliterate())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (slug.Length >= MaxLength)
                {
                    cutMidWord = slug[^1] != '-';
                    break;
                }

                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'')
            {
                // "Europe’s" (transliterated "Europe's") reads as "europes".
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString();
        if (cutMidWord && result.LastIndexOf('-') is var lastDash and > 0)
        {
            result = result[..lastDash];
        }

        result = result.TrimEnd('-');
        return result.Length > 0 ? result : "article";
    }
}
