namespace NewsSite.Web.Data;

/// <summary>
/// How much one search may ask of the store, on SQLite and PostgreSQL alike: a query that exceeds
/// one of these is refused, with the reason, before any statement runs. Each word or phrase matched
/// on its own is a list of articles the store reads, ranks and finds in every hit's text for its
/// snippet, where the work grows with the square of their occurrences; each word of a phrase is a
/// list too; a prefix (<c>word*</c>) reads the lists of every indexed word it begins. Operators join
/// two of those, so the cap on terms bounds them too. The statement timeout (<c>Search:Timeout</c>)
/// stops whatever these bounds let through that still runs too long.
/// </summary>
public sealed partial class SearchQuery
{
    /// <summary>The longest query read, in UTF-16 code units, as the search box's <c>maxlength</c> counts.</summary>
    public const int MaxLength = 200;

    /// <summary>The most words and phrases a query may look for each on its own (a phrase is one, however many words it has).</summary>
    public const int MaxTerms = 6;

    /// <summary>The most words a query may hold, counting every word of its phrases.</summary>
    public const int MaxWords = 12;

    /// <summary>The most prefixes (words ending in <c>*</c>) a query may hold.</summary>
    public const int MaxPrefixes = 2;

    /// <summary>The fewest letters or digits a prefix needs before its <c>*</c>: <c>a*</c> would read nearly every list in the index.</summary>
    public const int MinPrefixLetters = 3;

    // Why the tokens ask more than one search may, or null: the first bound exceeded, in the order below.
    private static string? Refuse(IReadOnlyList<Token> tokens)
    {
        var words = tokens.SelectMany(t => t.Words).ToList();
        foreach (var word in words.Where(w => w.Prefix))
        {
            if (Letters(word) < MinPrefixLetters)
            {
                return $"a prefix needs at least {MinPrefixLetters} letters before the * (\"{word.Text}*\" has {Letters(word)})";
            }
        }

        var prefixes = words.Count(w => w.Prefix);
        if (prefixes > MaxPrefixes)
        {
            return $"it has {prefixes} words ending in *, and a search may have at most {MaxPrefixes}";
        }

        var terms = tokens.Count(t => t.Kind == TokenKind.Phrase);
        if (terms > MaxTerms)
        {
            return $"it looks for {terms} words or phrases, and a search may look for at most {MaxTerms}: put words that belong together in double quotes";
        }

        return words.Count > MaxWords
            ? $"it has {words.Count} words, and a search may have at most {MaxWords}"
            : null;
    }

    // A word's letters and digits: its combining marks belong to the letter before them.
    private static int Letters(Word word) => word.Text.EnumerateRunes().Count(rune => !IsMark(rune));
}
