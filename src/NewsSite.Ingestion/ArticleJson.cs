using System.Globalization;
using System.Text.Json;

namespace NewsSite.Ingestion;

/// <summary>
/// Writes the JSON contract of the <c>parse</c> command (SEED-FORMAT.md): camelCase, every field
/// present, absent ones as null.
/// </summary>
public static class ArticleJson
{
    /// <summary>Writes one parse result as a JSON object, with <c>"file"</c> first.</summary>
    public static void Write(Utf8JsonWriter writer, string file, SeedParseResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("file", file);
        if (result.Succeeded)
        {
            WriteArticleFields(writer, result.Article);
        }
        else
        {
            writer.WriteString("error", result.Error.Message);
            if (result.Error.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }
            else
            {
                writer.WriteNull("line");
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the article's fields into the object the writer is in.</summary>
    public static void WriteArticleFields(Utf8JsonWriter writer, ArticleDraft article)
    {
        writer.WriteString("title", article.Title);
        writer.WriteString("publishedAt", FormatInstant(article.PublishedAt));
        WriteNullableString(writer, "section", article.Section);
        WriteNullableString(writer, "byline", article.Byline);
        writer.WritePropertyName("leadImage");
        WriteFigure(writer, article.LeadImage);
        WriteNullableString(writer, "standfirst", article.Standfirst);

        writer.WriteStartArray("body");
        foreach (var block in article.Body)
        {
            writer.WriteStartObject();
            switch (block)
            {
                case ParagraphBlock paragraph:
                    writer.WriteString("type", "paragraph");
                    writer.WriteString("text", paragraph.Text);
                    break;
                case FigureBlock figure:
                    writer.WriteString("type", "figure");
                    WriteFigureFields(writer, figure.Figure);
                    break;
                case MarkdownBlock markdown:
                    writer.WriteString("type", markdown.Kind);
                    writer.WriteString("text", markdown.Text);
                    writer.WriteString("markdown", markdown.Markdown);
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WritePropertyName("latest");
        if (article.Latest is { } latest)
        {
            writer.WriteStartObject();
            writer.WriteString("heading", latest.Heading);
            writer.WriteStartArray("items");
            foreach (var item in latest.Items)
            {
                writer.WriteStartObject();
                WriteNullableString(writer, "imageAlt", item.ImageAlt);
                writer.WriteString("headline", item.Headline);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>ISO 8601 with the offset written out, e.g. "2021-03-14T09:34:00+00:00" (never "Z").</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void WriteFigure(Utf8JsonWriter writer, Figure? figure)
    {
        if (figure is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteFigureFields(writer, figure);
        writer.WriteEndObject();
    }

    private static void WriteFigureFields(Utf8JsonWriter writer, Figure figure)
    {
        writer.WriteString("alt", figure.Alt);
        writer.WriteString("caption", figure.Caption);
        WriteNullableString(writer, "credit", figure.Credit);
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
