namespace NewsSite.Ingestion;

/// <summary>
/// Tells a credit — a person, an agency, "Photographer/Agency" — from a note that describes the
/// picture: a date, a position ("left to right", "second from left") or a description ("file photo").
/// </summary>
internal static class CreditNames
{
    private const int MaxWords = 10;

    // Agencies that write their names in lower case; "iStock" and the like show a capital.
    private static readonly HashSet<string> LowerCaseAgencies = new(StringComparer.Ordinal) { "dpa", "ddp", "epd", "kna", "imago", "picture-alliance" };

    // Lower-case words a credit may hold besides those of bylines: "AFP via Getty Images", "Photo by Jane Roe".
    private static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal) { "via", "by" };

    // First words of notes about the picture itself, in any case: "(Left to right)", "(Pictured in London)".
    private static readonly HashSet<string> Descriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "left", "right", "centre", "center", "top", "bottom", "front", "back", "middle", "pictured", "above", "below", "inset", "file",
        "archive", "main", "clockwise", "from", "l-r", "r-l", "second", "third", "fourth", "far", "see", "before", "after", "then", "now",
    };

    // A date alone in parentheses: "(Monday)", "(March)". With a number ("March 2019") the number already rules it out.
    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday",
    };

    /// <summary>
    /// Whether the text reads as a credit: at most ten words split at spaces and slashes, the
    /// first a name (a capital letter, or a script without case, or a known lower-case agency)
    /// that does not begin a note about the picture, every other a name or a particle ("von",
    /// "and", "via"), and no word that is only a number.
    /// </summary>
    public static bool IsCredit(string text)
    {
        var words = text.Split([' ', '\t', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('(', ')', '[', ']', ',', ';', ':', '.', '"', '“', '”', '\'', '‘', '’', '©'))
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToList();
        if (words.Count is 0 or > MaxWords || words.Any(w => !w.Any(char.IsLetter)))
        {
            return false;
        }

        if (Descriptions.Contains(words[0]) || words.Count == 1 && DateWords.Contains(words[0]) || !IsName(words[0]))
        {
            return false;
        }

        return words.All(w => IsName(w) || Bylines.BylineWords.Contains(w) || CreditWords.Contains(w));
    }

    private static bool IsName(string word) =>
        word.Any(char.IsUpper) || !char.IsLower(word.First(char.IsLetter)) || LowerCaseAgencies.Contains(word);
}
