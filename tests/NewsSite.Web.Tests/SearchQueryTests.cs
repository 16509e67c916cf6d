using NewsSite.Web.Data;

namespace NewsSite.Web.Tests;

/// <summary>The search box's syntax, as FTS5 (SQLite) and to_tsquery (PostgreSQL) read it.</summary>
public class SearchQueryTests
{
    [Theory]
    [InlineData("Korea", "'korea'", "\"korea\"")]
    [InlineData("north korea", "( 'north' & 'korea' )", "(\"north\" AND \"korea\")")]
    [InlineData("north AND korea", "'north' & 'korea'", "(\"north\" AND \"korea\")")]
    [InlineData("\"New York channel\"", "( 'new' <-> 'york' <-> 'channel' )", "\"new\" + \"york\" + \"channel\"")]
    [InlineData("Pyongyan*", "'pyongyan':*", "\"pyongyan\"*")]
    [InlineData("\"North Kor\"*", "( 'north' <-> 'kor':* )", "\"north\" + \"kor\"*")]
    [InlineData("a OR b c", "( 'a' | ( 'b' & 'c' ) )", "(\"a\" OR (\"b\" AND \"c\"))")] // side by side binds tighter than OR
    [InlineData("a NOT b c", "( 'a' & !( 'b' & 'c' ) )", "(\"a\" NOT (\"b\" AND \"c\"))")] // ... and than NOT, as in FTS5
    [InlineData("a NOT b AND c", "( 'a' & !'b' ) & 'c'", "((\"a\" NOT \"b\") AND \"c\")")] // NOT binds tighter than AND
    [InlineData("a AND b OR c", "( 'a' & 'b' | 'c' )", "((\"a\" AND \"b\") OR \"c\")")] // AND binds tighter than OR
    [InlineData("(a OR b) NOT c", "( ( ( 'a' | 'b' ) ) & !'c' )", "((\"a\" OR \"b\") NOT \"c\")")]
    [InlineData("a (b OR c)", "( 'a' & ( ( 'b' | 'c' ) ) )", "(\"a\" AND (\"b\" OR \"c\"))")] // beside a parenthesis too
    public void Parse_TranslatesTheOperators(string query, string tsQuery, string fts5)
    {
        var parsed = SearchQuery.Parse(query);

        Assert.Null(parsed.Problem);
        Assert.Equal(tsQuery, parsed.TsQuery);
        Assert.Equal(fts5, parsed.Fts5);
    }

    [Theory]
    [InlineData("Indo-Pacific", "( 'indo' <-> 'pacific' )")] // one run of text is the phrase of its words
    [InlineData("co-operation", "( 'co' <-> 'operation' )")]
    [InlineData("Covid-19", "( 'covid' <-> '19' )")]
    [InlineData("Biden’s", "( 'biden' <-> 's' )")]
    [InlineData("don't", "( 'don' <-> 't' )")]
    [InlineData("U.S.", "( 'u' <-> 's' )")]
    [InlineData("3.5%", "( '3' <-> '5' )")]
    [InlineData("AT&T", "( 'at' <-> 't' )")]
    [InlineData("#MeToo", "'metoo'")]
    [InlineData("Why? Because!", "( 'why' & 'because' )")]
    [InlineData("Indo-Pac*", "( 'indo' <-> 'pac':* )")]
    [InlineData("*Korea", "'korea'")] // * only at a word's end
    [InlineData("title:Korea", "( 'title' <-> 'korea' )")] // FTS5's column filter, ^, + and NEAR are not syntax here
    [InlineData("^Korea + Japan", "( 'korea' & 'japan' )")]
    [InlineData("NEAR(Korea Japan)", "( 'near' & ( ( 'korea' & 'japan' ) ) )")]
    [InlineData("and or not", "( 'and' & 'or' & 'not' )")] // operators are in capitals; no stop words
    [InlineData("Café MÜLLER", "( 'café' & 'müller' )")]
    [InlineData("hi 😀 there 👨‍👩‍👧", "( 'hi' & 'there' )")]
    [InlineData("x² ½", "( 'x²' & '½' )")] // numbers of every kind are word characters, as in FTS5
    [InlineData("हिन्दी", "'हिन्दी'")] // combining marks belong to their word
    [InlineData("“New York”", "( 'new' <-> 'york' )")] // typographic quotes make phrases
    [InlineData("„New York“", "( 'new' <-> 'york' )")]
    [InlineData("«New York»", "( 'new' <-> 'york' )")]
    [InlineData("« New York »", "( 'new' <-> 'york' )")]
    [InlineData("「New York」", "( 'new' <-> 'york' )")]
    [InlineData("‘New York’", "( 'new' <-> 'york' )")]
    [InlineData("'New York'", "( 'new' <-> 'york' )")]
    [InlineData("‘Biden’s plan’ Korea", "( ( 'biden' <-> 's' <-> 'plan' ) & 'korea' )")] // an apostrophe inside a word does not close it
    [InlineData("'90s music", "( '90s' & 'music' )")] // a single quote nothing closes is an apostrophe
    [InlineData("'AND'", "'and'")]
    public void Parse_ReadsEveryOtherCharacterAsAWordSeparator(string query, string tsQuery)
    {
        var parsed = SearchQuery.Parse(query);

        Assert.Null(parsed.Problem);
        Assert.Equal(tsQuery, parsed.TsQuery);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("...")]
    [InlineData("\"...\"")]
    [InlineData("😀")]
    [InlineData("'")]
    [InlineData("\u0301")]
    public void Parse_NoWords_IsNoQueryAndNoError(string query)
    {
        var parsed = SearchQuery.Parse(query);

        Assert.Null(parsed.Problem);
        Assert.Null(parsed.TsQuery);
        Assert.Null(parsed.Fts5);
    }

    [Theory]
    [InlineData("\"unclosed words", "a quotation mark is not closed", "( 'unclosed' & 'words' )")]
    [InlineData("“New York", "a quotation mark is not closed", "( 'new' & 'york' )")]
    [InlineData("(a OR b", "a parenthesis is not closed", "( 'a' & 'b' )")]
    [InlineData("a)", "a closing parenthesis has no opening one", "'a'")]
    [InlineData("'); DROP TABLE \"Articles\"; --", "a closing parenthesis has no opening one", "( 'drop' & 'table' & 'articles' )")]
    [InlineData("()", "a pair of parentheses holds no words", null)]
    [InlineData("AND OR", "AND needs words on both sides", null)]
    [InlineData("NOT a", "NOT needs words on both sides", "'a'")]
    [InlineData("a OR", "OR needs words on both sides", "'a'")]
    [InlineData("😀 OR a", "OR needs words on both sides", "'a'")]
    public void Parse_SyntaxError_SaysWhyAndSearchesAllTheWords(string query, string problem, string? tsQuery)
    {
        var parsed = SearchQuery.Parse(query);

        Assert.Equal(problem, parsed.Problem);
        Assert.Equal(tsQuery, parsed.TsQuery);
    }

    public static TheoryData<string, string> QueriesAskingTooMuch() => new()
    {
        { string.Join(" OR ", "abcdefghijklmnopqrstuvwxyz".Select(c => c + "*")), "a prefix needs at least 3 letters before the * (\"a*\" has 1)" },
        { "\"North K\"*", "a prefix needs at least 3 letters before the * (\"k*\" has 1)" },
        { "Pyongyang Ko*", "a prefix needs at least 3 letters before the * (\"ko*\" has 2)" },
        { "Pyo* Kor* Bid*", "it has 3 words ending in *, and a search may have at most 2" },
        { "one two three four five six seven", "it looks for 7 words or phrases, and a search may look for at most 6: put words that belong together in double quotes" },
        { "a OR b OR c OR d OR e OR f OR \"g h\"", "it looks for 7 words or phrases, and a search may look for at most 6: put words that belong together in double quotes" },
        { "\"one two three four five six seven eight nine ten eleven twelve thirteen\"", "it has 13 words, and a search may have at most 12" },
        { new string('x', 201), "it has 201 characters, and a search may have at most 200" },
    };

    [Theory]
    [MemberData(nameof(QueriesAskingTooMuch))]
    public void Parse_QueryAskingMoreThanOneSearchMay_IsRefusedWithTheReason(string query, string refusal)
    {
        var parsed = SearchQuery.Parse(query);

        Assert.Equal(refusal, parsed.Refusal);
        Assert.Null(parsed.Fts5);
        Assert.Null(parsed.TsQuery);
        Assert.Null(parsed.Problem);
    }

    [Theory]
    [InlineData("Pyo* Kor*")] // two prefixes of three letters
    [InlineData("\"North Kor\"*")]
    [InlineData("one two three four five six")] // six terms
    [InlineData("\"one two three four five six seven eight nine ten eleven twelve\"")] // twelve words in one phrase
    [InlineData("(a OR b) AND (c OR d) NOT (e OR \"f g h\")")]
    public void Parse_QueryWithinTheBounds_IsRun(string query)
    {
        var parsed = SearchQuery.Parse(query);

        Assert.Null(parsed.Refusal);
        Assert.NotNull(parsed.Fts5);
        Assert.NotNull(parsed.TsQuery);
    }

    [Fact]
    public void Parse_QueryOfTheLongestLength_IsRun()
    {
        var parsed = SearchQuery.Parse("\"" + new string('x', SearchQuery.MaxLength - 2) + "\"");

        Assert.Null(parsed.Refusal);
        Assert.NotNull(parsed.Fts5);
    }

    [Theory]
    [InlineData("Korea", "'korea'")]
    [InlineData("\"New York\" OR Kor*", "'new' | 'york' | 'kor':*")] // every word a match holds, any of them
    [InlineData("north korea NOT japan", "'north' | 'korea'")] // not the words after NOT: matches lack them
    [InlineData("korea (korea OR japan)", "'korea' | 'japan'")]
    public void Parse_RanksByTheWordsTheMatchesHold(string query, string tsRankQuery)
    {
        Assert.Equal(tsRankQuery, SearchQuery.Parse(query).TsRankQuery);
    }
}
