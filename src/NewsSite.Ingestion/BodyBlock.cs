namespace NewsSite.Ingestion;

/// <summary>One block of an article's body, in reading order.</summary>
public abstract record BodyBlock;

/// <summary>A paragraph of text, kept verbatim.</summary>
public sealed record ParagraphBlock(string Text) : BodyBlock;

/// <summary>An inline figure standing between paragraphs.</summary>
public sealed record FigureBlock(Figure Figure) : BodyBlock;

/// <summary>
/// A block of a Markdown seed: a paragraph, heading, list or quote, kept as its Markdown source
/// (rendered safely on the page) and as plain text (for the parse contract and search).
/// </summary>
/// <param name="Kind">"paragraph", "heading", "list" or "quote".</param>
/// <param name="Text">The block's text without markup.</param>
/// <param name="Markdown">The block's Markdown source.</param>
public sealed record MarkdownBlock(string Kind, string Text, string Markdown) : BodyBlock;
