using System.Diagnostics.CodeAnalysis;

namespace NewsSite.Ingestion;

/// <summary>Either the article a seed holds or the reason it holds none.</summary>
public sealed class SeedParseResult
{
    private SeedParseResult(ArticleDraft? article, SeedError? error)
    {
        Article = article;
        Error = error;
    }

    public ArticleDraft? Article { get; }

    public SeedError? Error { get; }

    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Article is not null;

    /// <summary>
    /// The article a reader found, its text made clean by <see cref="ArticleText.Clean"/>: every
    /// format's text leaves the parser through here. A headline left with no visible character
    /// makes it a failure at <paramref name="headlineLine"/> instead.
    /// </summary>
    public static SeedParseResult Success(ArticleDraft article, int? headlineLine = null) =>
        ArticleText.Clean(article) is { } clean ? new(clean, null) : Failure(ArticleText.InvisibleHeadline, headlineLine);

    public static SeedParseResult Failure(string reason, int? line = null) => new(null, new SeedError(reason, line));
}
