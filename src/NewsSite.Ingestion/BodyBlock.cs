namespace NewsSite.Ingestion;

/// <summary>One block of an article's body, in reading order.</summary>
public abstract record BodyBlock;

/// <summary>A paragraph of text, kept verbatim.</summary>
public sealed record ParagraphBlock(string Text) : BodyBlock;

/// <summary>An inline figure standing between paragraphs.</summary>
public sealed record FigureBlock(Figure Figure) : BodyBlock;
