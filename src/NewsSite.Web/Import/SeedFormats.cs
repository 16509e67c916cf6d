using NewsSite.Ingestion;

namespace NewsSite.Web.Import;

/// <summary>The seed formats, chosen by file name: <c>*.md</c> is Markdown, anything else the text format.</summary>
public static class SeedFormats
{
    /// <summary>The article written back in the format of the seed it came from.</summary>
    public static string Write(ArticleDraft article, string sourceFile) =>
        sourceFile.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? MarkdownSeedWriter.Write(article) : SeedWriter.Write(article);

    /// <summary>Seed text read back in the format of the file it belongs to.</summary>
    public static ArticleDraft? Read(string text, string sourceFile) =>
        SeedParser.Parse(sourceFile, System.Text.Encoding.UTF8.GetBytes(text), int.MaxValue).Article;
}
