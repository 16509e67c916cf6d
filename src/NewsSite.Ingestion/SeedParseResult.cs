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

    public static SeedParseResult Success(ArticleDraft article) => new(article, null);

    public static SeedParseResult Failure(string reason, int? line = null) => new(null, new SeedError(reason, line));
}
