namespace NewsSite.Ingestion;

/// <summary>Tells a byline ("By Press Association") from a paragraph that starts with "By".</summary>
public static class Bylines
{
    private const string Prefix = "By ";
    private const int MaxWords = 12;

    // Lower-case words that belong in names ("Ursula von der Leyen", "Jane Doe and John Roe").
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "and", "&", "of", "the", "in", "at", "for", "de", "del", "della", "der", "den", "van", "von", "la", "le", "da", "di", "du", "dos", "bin", "al", "y",
    };

    /// <summary>
    /// The name in a byline, or null when the line is a sentence: "By the end of the year, …"
    /// starts with a lower-case word, "By Monday the talks had failed." ends like a sentence.
    /// After a comma a role may follow in any case ("By Jane Doe, political editor").
    /// </summary>
    public static string? TryGetName(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = line[Prefix.Length..].Trim();
        if (name.Length == 0 || !char.IsUpper(name[0]) || name[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '…')
        {
            return null;
        }

        var comma = name.IndexOf(',');
        var namePart = comma < 0 ? name : name[..comma];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            return null;
        }

        foreach (var word in namePart.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !NameParticles.Contains(word))
            {
                return null;
            }
        }

        return name;
    }
}
