using NewsSite.Ingestion;

namespace NewsSite.Web.Admin;

/// <summary>
/// What changed between two versions of an article: its fields, then its body's paragraphs and
/// inline figures (added, removed, edited), by <see cref="SequenceDiff"/> — memory linear in the
/// number of blocks. Inside a changed field or an edited block, the words that changed are marked.
/// At most <see cref="ShownChanges"/> changes are described; the rest are only counted.
/// </summary>
public static class RevisionDiff
{
    /// <summary>How many changes one revision describes.</summary>
    public const int ShownChanges = 200;

    /// <summary>Texts cut into more pieces (words, spaces, punctuation) than this are shown whole, without marked words.</summary>
    public const int MaxWordPieces = 1000;

    public static RevisionChanges Compare(ArticleDraft before, ArticleDraft after, int limit = ShownChanges)
    {
        var changes = new Changes(limit);
        changes.Field("Headline changed", before.Title, after.Title);
        changes.Field("Publish time changed", SeedDate.Format(before.PublishedAt), SeedDate.Format(after.PublishedAt));
        changes.Field("Standfirst changed", before.Standfirst, after.Standfirst);
        changes.Field("Byline changed", before.Byline, after.Byline);
        changes.Field("Section changed", before.Section, after.Section);
        changes.Field("Lead image changed", Describe(before.LeadImage), Describe(after.LeadImage));

        var (older, newer) = (Items(before), Items(after));
        foreach (var run in SequenceDiff.Compare([.. older.Select(i => i.Key)], [.. newer.Select(i => i.Key)]))
        {
            // Blocks of one kind removed and added at the same place read as edits, one for one.
            var edited = 0;
            while (edited < Math.Min(run.BeforeCount, run.AfterCount) && older[run.BeforeStart + edited].Kind == newer[run.AfterStart + edited].Kind)
            {
                var (removed, added) = (older[run.BeforeStart + edited], newer[run.AfterStart + edited]);
                changes.Add(removed.Kind, " edited", removed.Text, added.Text);
                edited++;
            }

            for (var i = run.BeforeStart + edited; i < run.BeforeStart + run.BeforeCount; i++)
            {
                changes.Add(older[i].Kind, " removed", older[i].Text, null);
            }

            for (var i = run.AfterStart + edited; i < run.AfterStart + run.AfterCount; i++)
            {
                changes.Add(newer[i].Kind, " added", null, newer[i].Text);
            }
        }

        return new RevisionChanges(changes.Shown, changes.More);
    }

    private static Item[] Items(ArticleDraft article) =>
        [.. article.Body.Select(block => block switch
        {
            ParagraphBlock paragraph => new Item("Paragraph", paragraph.Text),
            MarkdownBlock markdown => new Item("Paragraph", markdown.Markdown),
            FigureBlock figure => new Item("Figure", Describe(figure.Figure)!),
            _ => throw new ArgumentOutOfRangeException(nameof(article), block, "a body block of an unknown kind"),
        })];

    private static string? Describe(Figure? figure) => figure is null ? null : $"{figure.Alt} — {figure.Caption} {figure.Credit}".TrimEnd();

    /// <summary>A body block as compared: its kind ("Paragraph", "Figure") and its text.</summary>
    private sealed record Item(string Kind, string Text)
    {
        // Equal keys, equal blocks: the kind is one letter before a separator, so no text can pass for another kind.
        public string Key { get; } = Kind[0] + ":" + Text;
    }

    /// <summary>The changes described so far, and how many more were counted once <c>limit</c> were.</summary>
    private sealed class Changes(int limit)
    {
        public List<ArticleChange> Shown { get; } = [];

        public int More { get; private set; }

        public void Field(string what, string? before, string? after)
        {
            if (before != after)
            {
                Add(what, "", before, after);
            }
        }

        public void Add(string subject, string verb, string? before, string? after)
        {
            if (Shown.Count == limit)
            {
                More++;
                return;
            }

            var words = before is not null && after is not null ? SequenceDiff.Words(before, after, MaxWordPieces) : null;
            Shown.Add(new ArticleChange(
                subject + verb,
                words?.Before ?? Whole(before, changed: after is not null),
                words?.After ?? Whole(after, changed: before is not null)));
        }

        // A text shown without word marks: whole as added or removed, or all of it marked when too long to compare by word.
        private static TextRun[]? Whole(string? text, bool changed) => text is null ? null : [new TextRun(text, changed)];
    }
}
