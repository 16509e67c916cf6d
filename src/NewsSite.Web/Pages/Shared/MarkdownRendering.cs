using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsSite.Web.Pages.Shared;

/// <summary>
/// Renders a Markdown seed's block as HTML that cannot carry script: raw HTML is written as
/// text, links other than http(s), mailto and site paths are dropped, outside links get
/// rel="nofollow noopener", images become their description (seeds carry no image files), and
/// headings move down a level below the page's h1.
/// </summary>
public static class MarkdownRendering
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafe(link.Url))
            {
                Unwrap(link);
            }
            else if (!link.Url!.StartsWith('/'))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
            else if (!autolink.Url.StartsWith('/'))
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    // A site path ("/uk"; on Unix .NET would also read it as a file:// URI) or an http(s) or mailto address.
    private static bool IsSafe(string? url) =>
        url is not null && (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            || !url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto");

    // The link's text stays, without the link.
    private static void Unwrap(LinkInline link)
    {
        var text = new LiteralInline(string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
        link.ReplaceBy(text, copyChildren: false);
    }
}
