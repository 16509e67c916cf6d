using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsSite.Web.Data;

public sealed partial class SearchQuery
{
    // Double quotes of every style open and close a phrase: " “ ” „ ‟ « » 「 」 『 』 〝 〞 〟 ＂.
    private static readonly SearchValues<char> DoubleQuotes = SearchValues.Create("\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u300C\u300D\u300E\u300F\u301D\u301E\u301F\uFF02");

    // Single quotes are apostrophes too (Biden’s, don't), so they make a phrase only when one opens a
    // word and a later one closes a word: ' ‘ ’ ‚ ‛ ‹ ›. Otherwise they separate words.
    private static readonly SearchValues<char> SingleQuotes = SearchValues.Create("'\u2018\u2019\u201A\u201B\u2039\u203A");

    private enum TokenKind
    {
        Phrase,
        And,
        Or,
        Not,
        Open,
        Close,
    }

    private sealed record Token(TokenKind Kind, IReadOnlyList<Word> Words);

    /// <summary>A word as the index reads it, lower-cased; Prefix when a <c>*</c> ended it.</summary>
    private readonly record struct Word(string Text, bool Prefix);

    /// <summary>
    /// The query's tokens: parentheses, the operators <c>AND</c>, <c>OR</c> and <c>NOT</c> (a run of
    /// text that is exactly one of them), and phrases: the words in quotes, or of one run of text
    /// between spaces, parentheses and double quotes. <paramref name="problem"/> is set when a double
    /// quote is not closed; that quote then only separates words.
    /// </summary>
    private static List<Token> ReadTokens(string text, out string? problem)
    {
        problem = null;
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close, []));
                i++;
            }
            else if (ClosingQuote(text, i) is { } close)
            {
                if (close < 0)
                {
                    problem ??= "a quotation mark is not closed";
                    i++;
                    continue;
                }

                var prefix = close + 1 < text.Length && text[close + 1] == '*';
                AddPhrase(tokens, text[(i + 1)..close], prefix);
                i = close + (prefix ? 2 : 1);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' && !DoubleQuotes.Contains(text[i]))
                {
                    i++;
                }

                switch (text[start..i])
                {
                    case "AND": tokens.Add(new Token(TokenKind.And, [])); break;
                    case "OR": tokens.Add(new Token(TokenKind.Or, [])); break;
                    case "NOT": tokens.Add(new Token(TokenKind.Not, [])); break;
                    case var run: AddPhrase(tokens, run, prefixLast: false); break;
                }
            }
        }

        return tokens;
    }

    // Where the phrase that a quote at `open` begins ends: the next double quote after a double quote
    // (-1 when there is none: not closed); after a single quote, the first single quote that ends a word
    // (nothing, or no letter or number, after it). Null when the character opens no phrase.
    private static int? ClosingQuote(string text, int open)
    {
        if (DoubleQuotes.Contains(text[open]))
        {
            var next = text.AsSpan(open + 1).IndexOfAny(DoubleQuotes);
            return next < 0 ? -1 : open + 1 + next;
        }

        if (SingleQuotes.Contains(text[open]))
        {
            for (var i = open + 1; i < text.Length; i++)
            {
                if (SingleQuotes.Contains(text[i]) && !StartsWord(text, i + 1))
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static bool StartsWord(string text, int index) =>
        index < text.Length && Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == OperationStatus.Done && IsWordStart(rune);

    /// <summary>
    /// The words of a run of text, as the stores' tokenizers read them (FTS5's unicode61: letters,
    /// numbers and private-use characters; a combining mark belongs to the word it follows), as one
    /// phrase. A <c>*</c> right after a word makes it a prefix; every other character separates words.
    /// </summary>
    private static void AddPhrase(List<Token> tokens, string run, bool prefixLast)
    {
        var words = new List<Word>();
        var word = new StringBuilder();
        foreach (var rune in run.EnumerateRunes())
        {
            if (IsWordStart(rune) || (word.Length > 0 && IsMark(rune)))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(new Word(word.ToString(), Prefix: rune.Value == '*'));
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(new Word(word.ToString(), Prefix: false));
        }

        if (words.Count == 0)
        {
            return;
        }

        if (prefixLast)
        {
            words[^1] = words[^1] with { Prefix = true };
        }

        tokens.Add(new Token(TokenKind.Phrase, words));
    }

    private static bool IsWordStart(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.PrivateUse;

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
