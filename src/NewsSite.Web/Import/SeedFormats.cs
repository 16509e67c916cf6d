using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>The seed formats, chosen by file name: <c>*.md</c> is Markdown, <c>*.html</c> a saved page, anything else the text format.</summary>
public static class SeedFormats
{
    /// <summary>The article written back in the format of the seed it came from.</summary>
    public static string Write(ArticleDraft article, string sourceFile) =>
        Path.GetExtension(sourceFile).ToLowerInvariant() switch
        {
            ".md" => MarkdownSeedWriter.Write(article),
            ".html" or ".htm" => HtmlSeedWriter.Write(article),
            _ => SeedWriter.Write(article),
        };

    /// <summary>Seed text read back in the format of the file it belongs to.</summary>
    public static ArticleDraft? Read(string text, string sourceFile) =>
        SeedParser.Parse(sourceFile, System.Text.Encoding.UTF8.GetBytes(text), int.MaxValue).Article;
}
