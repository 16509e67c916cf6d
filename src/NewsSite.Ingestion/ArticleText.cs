namespace NewsSite.Ingestion;

/// <summary>
/// Puts every text of a draft through <see cref="SeedText.Clean"/>, whichever format it came
/// from: what no output can hold is removed, and text with nothing visible is empty. An empty
/// paragraph, list, quote or heading is dropped, an empty standfirst gives way to the first
/// paragraph left, an empty credit or byline is absent, and an empty headline is no article.
/// </summary>
internal static class ArticleText
{
    public const string InvisibleHeadline = "the headline has no visible characters (only spaces, zero-width or other invisible characters)";

    /// <summary>The draft with clean text, or null when its headline has no visible character.</summary>
    public static ArticleDraft? Clean(ArticleDraft draft)
    {
        if (SeedText.Clean(draft.Title) is not { } title)
        {
            return null;
        }

        var body = new List<BodyBlock>(draft.Body.Count);
        foreach (var block in draft.Body)
        {
            if (Clean(block) is { } kept)
            {
                body.Add(kept);
            }
        }

        var standfirst = SeedText.Clean(draft.Standfirst);
        var firstParagraph = body.FindIndex(b => b is ParagraphBlock or MarkdownBlock { Kind: "paragraph" });
        if (draft.Standfirst is not null && standfirst is null && firstParagraph >= 0)
        {
            standfirst = body[firstParagraph] is ParagraphBlock paragraph ? paragraph.Text : ((MarkdownBlock)body[firstParagraph]).Text;
            body.RemoveAt(firstParagraph);
        }

        return new ArticleDraft(
            title, draft.PublishedAt, SeedText.Clean(draft.Section), SeedText.Clean(draft.Byline), Clean(draft.LeadImage), standfirst, body, Clean(draft.Latest));
    }

    private static BodyBlock? Clean(BodyBlock block) => block switch
    {
        ParagraphBlock paragraph => SeedText.Clean(paragraph.Text) is { } text ? new ParagraphBlock(text) : null,
        MarkdownBlock markdown => SeedText.Clean(markdown.Text) is { } text ? new MarkdownBlock(markdown.Kind, text, SeedText.Clean(markdown.Markdown) ?? text) : null,
        FigureBlock figure => new FigureBlock(Clean(figure.Figure)!),
        _ => block,
    };

    private static Figure? Clean(Figure? figure) =>
        figure is null ? null : new Figure(SeedText.Clean(figure.Alt) ?? "", SeedText.Clean(figure.Caption) ?? "", SeedText.Clean(figure.Credit));

    private static LatestNews? Clean(LatestNews? latest)
    {
        if (SeedText.Clean(latest?.Section) is not { } section)
        {
            return null;
        }

        var items = latest!.Items
            .Select(t => SeedText.Clean(t.Headline) is { } headline ? new Teaser(SeedText.Clean(t.ImageAlt), headline) : null)
            .OfType<Teaser>()
            .ToList();
        return new LatestNews(SeedText.Clean(latest.Heading) ?? LatestNews.HeadingFor(section), section, items);
    }
}
