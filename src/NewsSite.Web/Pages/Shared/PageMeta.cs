namespace NewsSite.Web.Pages.Shared;

/// <summary>What a page tells browsers, search engines and link previews about itself.</summary>
/// <param name="Title">The page's own title; the layout adds the site's name.</param>
/// <param name="Description">One or two sentences: the standfirst on an article.</param>
/// <param name="Path">The canonical path, e.g. "/world?page=2".</param>
public sealed record PageMeta(string Title, string Description, string Path)
{
    /// <summary>Open Graph type: "website", or "article" with <see cref="Article"/>.</summary>
    public string Type => Article is null ? "website" : "article";

    public ArticleMeta? Article { get; init; }
}

/// <summary>The article fields of Open Graph.</summary>
public sealed record ArticleMeta(DateTime PublishedUtc, DateTime ModifiedUtc, string Section, string? Author);
