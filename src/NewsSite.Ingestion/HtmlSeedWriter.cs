using System.Text;
using static System.Net.WebUtility;

namespace NewsSite.Ingestion;

/// <summary>Writes an article as a plain article page that <see cref="HtmlSeedParser"/> reads back to the same article.</summary>
public static class HtmlSeedWriter
{
    public static string Write(ArticleDraft article)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(HtmlEncode(article.Title)).Append("</title>");
        if (article.Section is { } section)
        {
            html.Append("<meta property=\"article:section\" content=\"").Append(HtmlEncode(section)).Append("\">");
        }

        html.Append("</head>\n<body>\n<article>\n<header>\n<h1>").Append(HtmlEncode(article.Title)).Append("</h1>\n")
            .Append("<p><time datetime=\"").Append(ArticleJson.FormatInstant(article.PublishedAt)).Append("\">")
            .Append(HtmlEncode(SeedDate.Format(article.PublishedAt))).Append("</time></p>\n");
        if (article.Standfirst is { } standfirst)
        {
            html.Append("<p class=\"standfirst\">").Append(HtmlEncode(standfirst)).Append("</p>\n");
        }

        html.Append("</header>\n");
        if (article.LeadImage is { } lead)
        {
            AppendFigure(html, lead);
        }

        html.Append("<div class=\"article-body\">\n");
        foreach (var block in article.Body)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    html.Append("<p>").Append(HtmlEncode(paragraph.Text)).Append("</p>\n");
                    break;
                case FigureBlock figure:
                    AppendFigure(html, figure.Figure);
                    break;
                default:
                    throw new NotSupportedException($"HTML seeds have no form for {block.GetType().Name}.");
            }
        }

        html.Append("</div>\n");
        if (article.Byline is { } byline)
        {
            html.Append("<p class=\"byline\">By ").Append(HtmlEncode(byline)).Append("</p>\n");
        }

        html.Append("</article>\n");
        if (article.Latest is { } latest)
        {
            html.Append("<aside>\n<h2>").Append(HtmlEncode(latest.Heading)).Append("</h2>\n<ul>\n");
            foreach (var teaser in latest.Items)
            {
                html.Append("<li>");
                if (teaser.ImageAlt is { } alt)
                {
                    html.Append("<img src=\"data:,\" alt=\"").Append(HtmlEncode(alt)).Append("\">");
                }

                html.Append(HtmlEncode(teaser.Headline)).Append("</li>\n");
            }

            html.Append("</ul>\n</aside>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendFigure(StringBuilder html, Figure figure)
    {
        html.Append("<figure><img src=\"data:,\" alt=\"").Append(HtmlEncode(figure.Alt)).Append("\"><figcaption>")
            .Append(HtmlEncode(Captions.Join(figure))).Append("</figcaption></figure>\n");
    }
}
