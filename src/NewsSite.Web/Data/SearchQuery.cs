namespace NewsSite.Web.Data;

/// <summary>
/// What a reader typed in the search box, read the way the index reads words, as an FTS5 MATCH
/// expression for SQLite and as <c>to_tsquery</c> text for PostgreSQL: the one place where the
/// search syntax is decided, so both stores give the same answers.
/// </summary>
/// <remarks>
/// The only operators are deliberate ones (<see cref="ReadTokens"/>): "phrases" in double
/// quotes of any style, ‘phrases’ in single quotes, <c>*</c> at the end of a word (a prefix),
/// <c>AND</c>, <c>OR</c> and <c>NOT</c> in capitals, and parentheses. Every other character that is
/// not a letter or a number only separates words, as the index's tokenizer does, so one unbroken
/// run of text is the phrase of its words (<c>Indo-Pacific</c> is "indo pacific"). Phrases and
/// groups side by side must all match and bind tightest, then NOT, then AND, then OR (FTS5's order).
/// A quote or parenthesis left open, or an operator without words on both sides, is a syntax error:
/// <see cref="Problem"/> says which, and the query searches for all of its words instead. A query that
/// asks more of the store than one search may (<see cref="MaxTerms"/> and the other bounds) is not run: <see cref="Refusal"/> says why.
/// </remarks>
public sealed partial class SearchQuery
{
    private SearchQuery(Node? node, string? problem, string? refusal = null)
    {
        Fts5 = node is null ? null : ToFts5(node);
        TsQuery = node is null ? null : ToTsQuery(node);
        TsRankQuery = node is null ? null : string.Join(" | ", RankedWords(node).Select(TsLexeme).Distinct());
        Problem = problem;
        Refusal = refusal;
    }

    /// <summary>The FTS5 MATCH expression, e.g. <c>("indo" + "pacific" AND "korea"*)</c>; null when the query has no words.</summary>
    public string? Fts5 { get; }

    /// <summary>The <c>to_tsquery</c> text, e.g. <c>( ( 'indo' &lt;-&gt; 'pacific' ) &amp; 'korea':* )</c>; null when the query has no words.</summary>
    public string? TsQuery { get; }

    /// <summary>
    /// The <c>to_tsquery</c> text that ranks the matches: every word the matches hold (not those after
    /// NOT), any of them, e.g. <c>'indo' | 'pacific' | 'korea':*</c>. ts_rank then weighs how often they
    /// occur, as FTS5's bm25 does, instead of how near each other they are, which costs PostgreSQL time
    /// in proportion to the product of their occurrences in every article. Null when the query has no words.
    /// </summary>
    public string? TsRankQuery { get; }

    /// <summary>Why the query is not valid syntax (e.g. "a quotation mark is not closed"), or null when it is.</summary>
    public string? Problem { get; }

    /// <summary>
    /// Why the query is not run at all, because it asks more of the store than one search may (e.g. "a
    /// prefix needs at least 3 letters before the * ("a*" has 1)"), or null; when set, there is nothing
    /// to search for (<see cref="Fts5"/> and <see cref="TsQuery"/> are null).
    /// </summary>
    public string? Refusal { get; }

    /// <summary>Reads a query; never throws.</summary>
    public static SearchQuery Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            return new SearchQuery(null, null, $"it has {text.Length} characters, and a search may have at most {MaxLength}");
        }

        var tokens = ReadTokens(text, out var problem);
        if (Refuse(tokens) is { } refusal)
        {
            return new SearchQuery(null, null, refusal);
        }

        var parser = new Parser(tokens);
        var node = parser.ParseQuery();
        problem ??= parser.Problem;
        if (problem is not null)
        {
            node = AllOf([.. tokens.Where(t => t.Kind == TokenKind.Phrase).Select(t => new Phrase(t.Words))]);
        }

        return new SearchQuery(node, problem);
    }

    private abstract record Node;

    private sealed record Phrase(IReadOnlyList<Word> Words) : Node;

    private sealed record All(IReadOnlyList<Node> Parts) : Node;

    private sealed record Group(Node Inner) : Node;

    private sealed record Binary(TokenKind Operator, Node Left, Node Right) : Node;

    private static Node? AllOf(IReadOnlyList<Node> parts) => parts.Count switch
    {
        0 => null,
        1 => parts[0],
        _ => new All(parts),
    };

    // Every node in parentheses: FTS5 reads no implicit AND beside a parenthesis, so it is always written.
    private static string ToFts5(Node node) => node switch
    {
        Phrase phrase => string.Join(" + ", phrase.Words.Select(w => $"\"{w.Text}\"" + (w.Prefix ? "*" : ""))),
        All all => $"({string.Join(" AND ", all.Parts.Select(ToFts5))})",
        Group group => ToFts5(group.Inner),
        Binary binary => $"({ToFts5(binary.Left)} {binary.Operator.ToString().ToUpperInvariant()} {ToFts5(binary.Right)})",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    // Words hold only letters, numbers and marks, so quoting them needs no escapes.
    private static string ToTsQuery(Node node) => node switch
    {
        Phrase { Words: [var word] } => TsLexeme(word),
        Phrase phrase => $"( {string.Join(" <-> ", phrase.Words.Select(TsLexeme))} )",
        All all => $"( {string.Join(" & ", all.Parts.Select(ToTsQuery))} )",
        Group group => $"( {ToTsQuery(group.Inner)} )",
        Binary { Operator: TokenKind.And } binary => $"{ToTsQuery(binary.Left)} & {ToTsQuery(binary.Right)}",
        Binary { Operator: TokenKind.Or } binary => $"( {ToTsQuery(binary.Left)} | {ToTsQuery(binary.Right)} )",
        Binary binary => $"( {ToTsQuery(binary.Left)} & !{ToTsQuery(binary.Right)} )",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static string TsLexeme(Word word) => $"'{word.Text}'" + (word.Prefix ? ":*" : "");

    // The words a match holds: those after NOT are the ones it lacks.
    private static IEnumerable<Word> RankedWords(Node node) => node switch
    {
        Phrase phrase => phrase.Words,
        All all => all.Parts.SelectMany(RankedWords),
        Group group => RankedWords(group.Inner),
        Binary { Operator: TokenKind.Not } binary => RankedWords(binary.Left),
        Binary binary => RankedWords(binary.Left).Concat(RankedWords(binary.Right)),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private sealed class Parser(IReadOnlyList<Token> tokens)
    {
        private int _next;

        public string? Problem { get; private set; }

        private TokenKind? Peek => _next < tokens.Count ? tokens[_next].Kind : null;

        // The whole query; null when it has no words or is not valid syntax (then Problem says why).
        public Node? ParseQuery()
        {
            var node = ParseOr();
            if (Problem is null && Peek == TokenKind.Close)
            {
                Problem = "a closing parenthesis has no opening one";
            }

            return Problem is null ? node : null;
        }

        // or := and ("OR" and)*; and := not ("AND" not)*; not := sequence ("NOT" sequence)*
        private Node? ParseOr() => ParseChain(ParseAnd, TokenKind.Or);

        private Node? ParseAnd() => ParseChain(ParseNot, TokenKind.And);

        private Node? ParseNot() => ParseChain(ParseSequence, TokenKind.Not);

        private Node? ParseChain(Func<Node?> operand, TokenKind @operator)
        {
            var left = operand();
            while (Problem is null && Peek == @operator)
            {
                _next++;
                var right = operand();
                if (left is null || right is null)
                {
                    Problem ??= $"{@operator.ToString().ToUpperInvariant()} needs words on both sides";
                    return null;
                }

                left = new Binary(@operator, left, right);
            }

            return left;
        }

        // sequence := (phrase | "(" or ")")* — side by side, all must match.
        private Node? ParseSequence()
        {
            var parts = new List<Node>();
            while (Problem is null && Peek is TokenKind.Phrase or TokenKind.Open)
            {
                var token = tokens[_next++];
                if (token.Kind == TokenKind.Phrase)
                {
                    parts.Add(new Phrase(token.Words));
                    continue;
                }

                var inner = ParseOr();
                if (Problem is not null)
                {
                    return null;
                }

                if (Peek != TokenKind.Close)
                {
                    Problem = "a parenthesis is not closed";
                    return null;
                }

                _next++;
                if (inner is null)
                {
                    Problem = "a pair of parentheses holds no words";
                    return null;
                }

                parts.Add(new Group(inner));
            }

            return AllOf(parts);
        }
    }
}
