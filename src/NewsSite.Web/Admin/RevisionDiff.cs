using NewsSite.Ingestion;

namespace NewsSite.Web.Admin;

/// <summary>One difference between two versions of an article.</summary>
/// <param name="What">"Headline changed", "Paragraph added", "Paragraph removed", "Paragraph edited", "Figure edited", …</param>
public sealed record ArticleChange(string What, string? Before, string? After);

/// <summary>What changed between two versions of an article: its fields, and its body's paragraphs and figures by longest common subsequence.</summary>
public static class RevisionDiff
{
    public static IReadOnlyList<ArticleChange> Compare(ArticleDraft before, ArticleDraft after)
    {
        var changes = new List<ArticleChange>();
        Field(changes, "Headline changed", before.Title, after.Title);
        Field(changes, "Publish time changed", SeedDate.Format(before.PublishedAt), SeedDate.Format(after.PublishedAt));
        Field(changes, "Standfirst changed", before.Standfirst, after.Standfirst);
        Field(changes, "Byline changed", before.Byline, after.Byline);
        Field(changes, "Section changed", before.Section, after.Section);
        Field(changes, "Lead image changed", Describe(before.LeadImage), Describe(after.LeadImage));
        changes.AddRange(Blocks(Items(before), Items(after)));
        return changes;
    }

    private static IEnumerable<ArticleChange> Blocks(Item[] before, Item[] after)
    {
        // lengths[i, j]: the longest common subsequence of before[i..] and after[j..].
        var lengths = new int[before.Length + 1, after.Length + 1];
        for (var i = before.Length - 1; i >= 0; i--)
        {
            for (var j = after.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = before[i] == after[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var (x, y) = (0, 0);
        var removed = new List<Item>();
        var added = new List<Item>();
        while (x < before.Length || y < after.Length)
        {
            if (x < before.Length && y < after.Length && before[x] == after[y])
            {
                foreach (var change in Pair(removed, added))
                {
                    yield return change;
                }

                (x, y) = (x + 1, y + 1);
            }
            else if (y < after.Length && (x == before.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                added.Add(after[y++]);
            }
            else
            {
                removed.Add(before[x++]);
            }
        }

        foreach (var change in Pair(removed, added))
        {
            yield return change;
        }
    }

    // Blocks of one kind removed and added at the same place read as edits, one for one.
    private static List<ArticleChange> Pair(List<Item> removed, List<Item> added)
    {
        var changes = new List<ArticleChange>();
        var edited = 0;
        while (edited < Math.Min(removed.Count, added.Count) && removed[edited].Kind == added[edited].Kind)
        {
            changes.Add(new ArticleChange($"{removed[edited].Kind} edited", removed[edited].Text, added[edited].Text));
            edited++;
        }

        changes.AddRange(removed.Skip(edited).Select(item => new ArticleChange($"{item.Kind} removed", item.Text, null)));
        changes.AddRange(added.Skip(edited).Select(item => new ArticleChange($"{item.Kind} added", null, item.Text)));
        removed.Clear();
        added.Clear();
        return changes;
    }

    private static void Field(List<ArticleChange> changes, string what, string? before, string? after)
    {
        if (before != after)
        {
            changes.Add(new ArticleChange(what, before, after));
        }
    }

    private static Item[] Items(ArticleDraft article) =>
        [.. article.Body.Select(block => block switch
        {
            ParagraphBlock paragraph => new Item("Paragraph", paragraph.Text),
            MarkdownBlock markdown => new Item("Paragraph", markdown.Markdown),
            FigureBlock figure => new Item("Figure", Describe(figure.Figure)!),
            _ => throw new ArgumentOutOfRangeException(nameof(article), block, "a body block of an unknown kind"),
        })];

    /// <summary>A body block as compared: its kind ("Paragraph", "Figure") and its text.</summary>
    private sealed record Item(string Kind, string Text);

    private static string? Describe(Figure? figure) => figure is null ? null : $"{figure.Alt} — {figure.Caption} {figure.Credit}".TrimEnd();
}
