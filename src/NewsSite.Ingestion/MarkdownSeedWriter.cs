using System.Text;

namespace NewsSite.Ingestion;

/// <summary>Writes an article as a Markdown seed: the inverse of <see cref="MarkdownSeedParser"/>.</summary>
public static class MarkdownSeedWriter
{
    public static string Write(ArticleDraft article)
    {
        var text = new StringBuilder("---\n");
        Field(text, "title", article.Title);
        Field(text, "published", ArticleJson.FormatInstant(article.PublishedAt));
        Field(text, "section", article.Section);
        Field(text, "byline", article.Byline);
        text.Append("---\n\n");
        if (article.LeadImage is { } lead)
        {
            text.Append(Image(lead)).Append("\n\n");
        }

        if (article.Standfirst is { } standfirst)
        {
            text.Append(Escape(standfirst)).Append("\n\n");
        }

        foreach (var block in article.Body)
        {
            text.Append(block switch
            {
                MarkdownBlock markdown => markdown.Markdown,
                FigureBlock figure => Image(figure.Figure),
                ParagraphBlock paragraph => Escape(paragraph.Text),
                _ => throw new NotSupportedException($"Markdown seeds have no form for {block.GetType().Name}."),
            }).Append("\n\n");
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append(name).Append(": \"").Append(value.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        }
    }

    private static string Image(Figure figure)
    {
        return $"![{Escape(figure.Alt)}](image \"{Captions.Join(figure).Replace("\"", "\\\"", StringComparison.Ordinal)}\")";
    }

    // Plain text written into Markdown keeps its characters literal, and does not start a list or heading.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        if (text.Length > 0 && text[0] is '-' or '+' or '=' or '~')
        {
            escaped.Append('\\');
        }

        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
        {
            escaped.Append(text.AsSpan(0, digits)).Append('\\');
            text = text[digits..];
        }

        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '#' or '<' or '>' or '!' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
