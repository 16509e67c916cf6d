namespace NewsSite.Web.Data;

public enum BlockKind
{
    Paragraph,
    Figure,
    Heading,
    List,
    Quote,
}
