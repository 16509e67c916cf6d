using System.Text;

namespace NewsSite.Web.Data;

/// <summary>
/// The search box's query language, which is SQLite FTS5's: words (all must match), "exact
/// phrases", prefixes (<c>korea*</c>), <c>AND</c>, <c>OR</c>, <c>NOT</c> and parentheses. Words
/// side by side bind tightest, then NOT, then AND, then OR. FTS5's NEAR, ^, + and column filters
/// are refused on both stores. On PostgreSQL the same query is translated to <c>to_tsquery</c>
/// syntax, so readers type the same thing whichever store the site runs on.
/// </summary>
public static class SearchQuery
{
    /// <summary>The query as <c>to_tsquery</c> text, or null when it is not valid FTS5 syntax (FTS5 would refuse it too).</summary>
    public static string? ToTsQuery(string query)
    {
        var tokens = Tokenize(query);
        if (tokens is null || tokens.Count == 0)
        {
            return null;
        }

        var parser = new Parser(tokens);
        var result = parser.ParseOr();
        return result is not null && parser.AtEnd ? result : null;
    }

    private enum Kind
    {
        Words,
        And,
        Or,
        Not,
        Open,
        Close,
    }

    private sealed record Token(Kind Kind, IReadOnlyList<string> Words, bool Prefix = false);

    private static List<Token>? Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? Kind.Open : Kind.Close, []));
                i++;
            }
            else if (c == '"')
            {
                // A string ends at the next lone quote; "" inside it is a quote.
                var text = new StringBuilder();
                for (i++; ; i++)
                {
                    if (i >= query.Length)
                    {
                        return null;
                    }

                    if (query[i] == '"')
                    {
                        if (i + 1 < query.Length && query[i + 1] == '"')
                        {
                            text.Append('"');
                            i++;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(query[i]);
                }

                if (!AddWords(tokens, text.ToString(), query, ref i))
                {
                    return null;
                }
            }
            else if (IsBareword(c))
            {
                var start = i;
                while (i < query.Length && IsBareword(query[i]))
                {
                    i++;
                }

                var word = query[start..i];
                if (word is "AND" or "OR" or "NOT")
                {
                    tokens.Add(new Token(word == "AND" ? Kind.And : word == "OR" ? Kind.Or : Kind.Not, []));
                }
                else if (i < query.Length && query[i] == ':')
                {
                    return null; // a column filter: the search box searches every column
                }
                else if (!AddWords(tokens, word, query, ref i))
                {
                    return null;
                }
            }
            else
            {
                return null; // *, ^, +, : and other punctuation outside a string
            }
        }

        return tokens;
    }

    // The words of a bareword or phrase as the tokenizer sees them (letters and digits), and whether a * follows.
    private static bool AddWords(List<Token> tokens, string text, string query, ref int i)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        var prefix = i < query.Length && query[i] == '*';
        if (prefix)
        {
            i++;
        }

        if (words.Count == 0)
        {
            return false;
        }

        tokens.Add(new Token(Kind.Words, words, prefix));
        return true;
    }

    private static bool IsBareword(char c) => char.IsLetterOrDigit(c) || c == '_' || c >= '\u0080';

    private sealed class Parser(List<Token> tokens)
    {
        private int _next;

        public bool AtEnd => _next == tokens.Count;

        // or := and ("OR" and)*; and := not ("AND" not)*; not := group ("NOT" group)*
        public string? ParseOr() => ParseChain(ParseAnd, Kind.Or, (left, right) => $"( {left} | {right} )");

        private string? ParseAnd() => ParseChain(ParseNot, Kind.And, (left, right) => $"{left} & {right}");

        private string? ParseNot() => ParseChain(ParseGroup, Kind.Not, (left, right) => $"( {left} & !{right} )");

        // operand (operator operand)*, combined from the left; null when an operand is missing.
        private string? ParseChain(Func<string?> operand, Kind @operator, Func<string, string, string> combine)
        {
            var left = operand();
            while (left is not null && Accept(@operator))
            {
                var right = operand();
                left = right is null ? null : combine(left, right);
            }

            return left;
        }

        // group := "(" or ")" | phrase+ — phrases side by side must all match, and bind tighter than
        // NOT ("a NOT b c" is "a NOT (b c)"); as in FTS5, a parenthesis never stands side by side.
        private string? ParseGroup()
        {
            if (Accept(Kind.Open))
            {
                var inner = ParseOr();
                return inner is not null && Accept(Kind.Close) ? $"( {inner} )" : null;
            }

            var phrases = new List<string>();
            while (Peek == Kind.Words)
            {
                phrases.Add(Phrase(tokens[_next++]));
            }

            return phrases.Count switch
            {
                0 => null,
                1 => phrases[0],
                _ => $"( {string.Join(" & ", phrases)} )",
            };
        }

        private static string Phrase(Token token)
        {
            var lexemes = token.Words.Select((word, index) => $"'{word}'" + (token.Prefix && index == token.Words.Count - 1 ? ":*" : ""));
            return token.Words.Count == 1 ? lexemes.Single() : $"( {string.Join(" <-> ", lexemes)} )";
        }

        private Kind? Peek => _next < tokens.Count ? tokens[_next].Kind : null;

        private bool Accept(Kind kind)
        {
            if (Peek != kind)
            {
                return false;
            }

            _next++;
            return true;
        }
    }
}
