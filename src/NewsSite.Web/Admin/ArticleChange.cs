namespace NewsSite.Web.Admin;

/// <summary>One difference between two versions of an article.</summary>
/// <param name="What">"Headline changed", "Paragraph added", "Paragraph removed", "Paragraph edited", "Figure edited", …</param>
/// <param name="Before">The earlier text, null when it was added; for an edit, the words the later one lacks are marked.</param>
/// <param name="After">The later text, null when it was removed; for an edit, the words the earlier one lacks are marked.</param>
public sealed record ArticleChange(string What, IReadOnlyList<TextRun>? Before, IReadOnlyList<TextRun>? After)
{
    /// <summary>The characters this change holds, for sizing a cache.</summary>
    public long Characters => What.Length + (Before?.Sum(r => (long)r.Text.Length) ?? 0) + (After?.Sum(r => (long)r.Text.Length) ?? 0);
}
