using NewsSite.Ingestion;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>Copies a parsed draft onto a stored article, body and sidebar included.</summary>
public static class ArticleMapping
{
    /// <param name="sectionSlug">The section's URL segment, as the import assigned it to <paramref name="section"/>.</param>
    public static void Apply(Article article, ArticleDraft draft, string section, string sectionSlug)
    {
        article.Title = draft.Title;
        article.Section = section;
        article.SectionSlug = sectionSlug;
        article.Standfirst = draft.Standfirst;
        article.Byline = draft.Byline;
        article.PublishedUtc = draft.PublishedAt.UtcDateTime;
        article.LeadImage = ToData(draft.LeadImage);
        article.Blocks = [.. draft.Body.Select((block, position) => ToBlock(block, position))];
        article.Teasers = [.. (draft.Latest?.Items ?? []).Select((teaser, position) => new SidebarTeaser
        {
            SectionSlug = article.SectionSlug,
            CapturedUtc = article.PublishedUtc,
            Position = position,
            ImageAlt = teaser.ImageAlt,
            Headline = teaser.Headline,
        })];
    }

    /// <summary>The stored article as a draft again (blocks and teasers loaded), for export and revisions.</summary>
    public static ArticleDraft ToDraft(Article article, string defaultSection)
    {
        var teasers = article.Teasers.OrderBy(t => t.Position).Select(t => new Teaser(t.ImageAlt, t.Headline)).ToList();
        var hasSidebar = teasers.Count > 0 || article.Section != defaultSection;
        return new ArticleDraft(
            article.Title,
            UkTime.FromStoredUtc(article.PublishedUtc),
            hasSidebar ? article.Section : null,
            article.Byline,
            ToFigure(article.LeadImage),
            article.Standfirst,
            [.. article.Blocks.OrderBy(b => b.Position).Select(ToBodyBlock)],
            hasSidebar ? new LatestNews(LatestNews.HeadingFor(article.Section), article.Section, teasers) : null);
    }

    private static BodyBlock ToBodyBlock(ArticleBlock block) => block switch
    {
        { Kind: BlockKind.Figure } => new FigureBlock(ToFigure(block.Figure)!),
        { Markdown: { } markdown } => new MarkdownBlock(block.Kind.ToString().ToLowerInvariant(), block.Text ?? "", markdown),
        _ => new ParagraphBlock(block.Text ?? ""),
    };

    private static Figure? ToFigure(FigureData? figure) =>
        figure is null ? null : new Figure(figure.Alt, figure.Caption ?? "", figure.Credit);

    private static ArticleBlock ToBlock(BodyBlock block, int position) => block switch
    {
        ParagraphBlock paragraph => new ArticleBlock { Position = position, Kind = BlockKind.Paragraph, Text = paragraph.Text },
        FigureBlock figure => new ArticleBlock { Position = position, Kind = BlockKind.Figure, Figure = ToData(figure.Figure) },
        MarkdownBlock markdown => new ArticleBlock { Position = position, Kind = Enum.Parse<BlockKind>(markdown.Kind, ignoreCase: true), Text = markdown.Text, Markdown = markdown.Markdown },
        _ => throw new NotSupportedException($"Unknown body block {block.GetType().Name}"),
    };

    private static FigureData? ToData(Figure? figure) =>
        figure is null ? null : new FigureData { Alt = figure.Alt, Caption = figure.Caption, Credit = figure.Credit };
}
