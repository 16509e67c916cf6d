using System.Text;

namespace NewsSite.Ingestion;

/// <summary>
/// Writes an article back as seed text: the inverse of <see cref="SeedParser"/>, so that
/// parsing what it writes gives the same article. Used for export and for revisions.
/// </summary>
public static class SeedWriter
{
    /// <summary>Writes the article as seed text.</summary>
    /// <param name="article">The article.</param>
    /// <param name="creditLabel">The label before a credit: "Picture:", "Image:", "Photo:" or "Credit:".
    /// A photographer/agency credit such as "Alex Brandon/AP" is written in parentheses instead.</param>
    public static string Write(ArticleDraft article, string creditLabel = "Picture:")
    {
        var blocks = new List<string> { article.Title, SeedDate.Format(article.PublishedAt) };
        if (article.LeadImage is { } lead)
        {
            blocks.Add(FigureBlock(lead, creditLabel));
        }

        if (article.Standfirst is { } standfirst)
        {
            blocks.Add(standfirst);
        }

        foreach (var block in article.Body)
        {
            blocks.Add(block switch
            {
                ParagraphBlock paragraph => paragraph.Text,
                FigureBlock figure => FigureBlock(figure.Figure, creditLabel),
                _ => throw new NotSupportedException($"Seed text has no form for {block.GetType().Name}."),
            });
        }

        if (article.Byline is { } byline)
        {
            blocks.Add("By " + byline);
        }

        if (article.Latest is { } latest)
        {
            blocks.Add(latest.Heading);
            blocks.Add("See more " + latest.Heading);
            foreach (var teaser in latest.Items)
            {
                if (teaser.ImageAlt is { } alt)
                {
                    blocks.Add(alt);
                }

                blocks.Add(teaser.Headline);
            }
        }

        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            text.Append(block).Append("\n\n");
        }

        return text.ToString(0, text.Length - 1);
    }

    // The credit goes back where the parser finds it: in parentheses or behind a label.
    private static string FigureBlock(Figure figure, string creditLabel)
    {
        return figure.Alt + "\n" + Captions.Join(figure, creditLabel);
    }
}
