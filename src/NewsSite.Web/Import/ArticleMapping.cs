using NewsSite.Ingestion;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>Copies a parsed draft onto a stored article, body and sidebar included.</summary>
public static class ArticleMapping
{
    public static void Apply(Article article, ArticleDraft draft, string section)
    {
        article.Title = draft.Title;
        article.Section = section;
        article.SectionSlug = Slugs.From(section);
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

    private static ArticleBlock ToBlock(BodyBlock block, int position) => block switch
    {
        ParagraphBlock paragraph => new ArticleBlock { Position = position, Kind = BlockKind.Paragraph, Text = paragraph.Text },
        FigureBlock figure => new ArticleBlock { Position = position, Kind = BlockKind.Figure, Figure = ToData(figure.Figure) },
        _ => throw new NotSupportedException($"Unknown body block {block.GetType().Name}"),
    };

    private static FigureData? ToData(Figure? figure) =>
        figure is null ? null : new FigureData { Alt = figure.Alt, Caption = figure.Caption, Credit = figure.Credit };
}
