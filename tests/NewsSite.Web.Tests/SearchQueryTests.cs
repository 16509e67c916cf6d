using NewsSite.Web.Data;

namespace NewsSite.Web.Tests;

/// <summary>The search box's FTS5 syntax as PostgreSQL's to_tsquery reads it.</summary>
public class SearchQueryTests
{
    [Theory]
    [InlineData("Korea", "'korea'")]
    [InlineData("north korea", "( 'north' & 'korea' )")]
    [InlineData("north AND korea", "'north' & 'korea'")]
    [InlineData("\"New York channel\"", "( 'new' <-> 'york' <-> 'channel' )")]
    [InlineData("Pyongyan*", "'pyongyan':*")]
    [InlineData("\"North Kor\"*", "( 'north' <-> 'kor':* )")]
    [InlineData("a OR b c", "( 'a' | ( 'b' & 'c' ) )")] // words side by side bind tighter than OR
    [InlineData("a NOT b c", "( 'a' & !( 'b' & 'c' ) )")] // ... and than NOT, as in FTS5
    [InlineData("a NOT b AND c", "( 'a' & !'b' ) & 'c'")] // NOT binds tighter than AND
    [InlineData("a AND b OR c", "( 'a' & 'b' | 'c' )")] // AND binds tighter than OR
    [InlineData("(a OR b) NOT c", "( ( ( 'a' | 'b' ) ) & !'c' )")]
    [InlineData("Biden’s", "( 'biden' <-> 's' )")] // a bare word the tokenizer splits is a phrase, as in FTS5
    [InlineData("don't", null)] // FTS5 refuses a quote inside a bare word
    public void ToTsQuery_TranslatesTheSearchBoxSyntax(string query, string? expected)
    {
        Assert.Equal(expected, SearchQuery.ToTsQuery(query));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"unclosed")]
    [InlineData("AND OR")]
    [InlineData("*")]
    [InlineData("nosuchcolumn:word")]
    [InlineData("NEAR(a b)")]
    [InlineData("^a")]
    [InlineData("a + b")]
    [InlineData("(a OR b")]
    [InlineData("a)")]
    [InlineData("a (b OR c)")]
    [InlineData("(a OR b) c")]
    [InlineData("NOT a")]
    [InlineData("a OR")]
    [InlineData("'); DROP TABLE \"Articles\"; --")]
    [InlineData("\"...\"")]
    public void ToTsQuery_RefusesWhatFts5Refuses(string query)
    {
        Assert.Null(SearchQuery.ToTsQuery(query));
    }
}
