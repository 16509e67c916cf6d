using System.Globalization;
using System.Text;

namespace NewsSite.Web.Import;

/// <summary>Readable URL segments: "China and North Korea loom…" → "china-and-north-korea-loom…".</summary>
public static class Slugs
{
    private const int MaxLength = 80;

    public static string From(string text)
    {
        var slug = new StringBuilder(MaxLength + 1);
        var cutMidWord = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
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
            else if (c is '\'' or '’' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // "Europe’s" reads as "europes", "café" as "cafe".
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
