namespace NewsSite.Web.Data;

/// <summary>One paragraph or inline figure of an article's body.</summary>
public class ArticleBlock
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>0-based reading order within the article.</summary>
    public int Position { get; set; }

    public BlockKind Kind { get; set; }

    /// <summary>The paragraph's text; null for a figure.</summary>
    public string? Text { get; set; }

    /// <summary>The Markdown source of a block from a Markdown seed, rendered safely; null for text seeds, whose text is never markup.</summary>
    public string? Markdown { get; set; }

    /// <summary>The figure; null for a paragraph.</summary>
    public FigureData? Figure { get; set; }
}
