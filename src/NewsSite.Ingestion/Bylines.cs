namespace NewsSite.Ingestion;

/// <summary>Tells a byline ("By Press Association") from a paragraph that starts with "By".</summary>
public static class Bylines
{
    private const int MaxWords = 12;

    /// <summary>Lower-case words that belong in names and credits: "Ursula von der Leyen", "Guardian staff and agencies".</summary>
    internal static readonly HashSet<string> BylineWords = new(StringComparer.Ordinal)
    {
        "and", "&", "of", "the", "in", "at", "for", "de", "del", "della", "der", "den", "van", "von", "la", "le", "da", "di", "du", "dos", "bin", "al", "y",
        "staff", "agencies", "agency", "reporter", "reporters", "correspondent", "correspondents", "editor", "writer", "team", "desk", "news",
    };

    /// <summary>
    /// The name in a byline, or null when the line is a sentence. A name's words are capitalised
    /// (or are name particles such as "von", "and", "staff"); after a comma or dash a role may
    /// follow in any case ("By Jane Doe, political editor"). "By the end of the year, …" starts
    /// with a lower-case word and "By Monday the talks had failed." reads as a sentence.
    /// </summary>
    public static string? TryGetName(string line)
    {
        if (line.Length < 4 || !line.StartsWith("By", StringComparison.Ordinal) || !char.IsWhiteSpace(line[2]))
        {
            return null;
        }

        var name = line[3..].Trim();
        var words = name.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords || EndsLikeASentence(words[^1]))
        {
            return null;
        }

        // A single word is a name or an agency ("By dpa"); a sentence needs more than one.
        if (words.Length == 1)
        {
            return name;
        }

        foreach (var word in words)
        {
            if (word is "–" or "—" or "-")
            {
                break; // a role follows
            }

            var letters = word.TrimStart('(', '“', '"', '\'');
            if (letters.Length > 0 && !char.IsUpper(letters[0]) && !char.IsDigit(letters[0]) && !BylineWords.Contains(letters.TrimEnd(',', ')')))
            {
                return null;
            }

            if (word.EndsWith(','))
            {
                break; // a role follows
            }
        }

        return name;
    }

    // "Jr." or "J." end a name; any other word ending in . ! ? : ; or an ellipsis ends a sentence.
    private static bool EndsLikeASentence(string lastWord) =>
        lastWord[^1] is '!' or '?' or ':' or ';' or ',' or '…'
        || lastWord[^1] == '.' && lastWord.Length > 3;
}
