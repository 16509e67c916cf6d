using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsSite.Ingestion;

/// <summary>
/// Reads a saved article page (<c>*.html</c>): the headline from JSON-LD <c>NewsArticle</c> or the
/// <c>h1</c>; the date from JSON-LD, <c>article:published_time</c> or <c>time[datetime]</c>; figures
/// from <c>figure</c> with <c>img[alt]</c> (or a described placeholder) and <c>figcaption</c>; the
/// paragraphs of the <c>article</c>; the byline; and an <c>aside</c> "Latest … News" list as teasers.
/// Scripts, styles, navigation and comments are ignored; all text is taken as text.
/// </summary>
public static partial class HtmlSeedParser
{
    private const int MaxTags = 50_000;
    private static readonly string[] Outside = ["script", "style", "nav", "noscript", "template", "aside", "footer"];

    public static SeedParseResult Parse(ReadOnlySpan<byte> bytes, int maxBytes = SeedParser.DefaultMaxBytes)
    {
        if (SeedParser.CheckInput(bytes, maxBytes) is { } inputError)
        {
            return inputError;
        }

        // Pathologically deep or large markup would take the HTML parser minutes; real pages have far fewer tags.
        var tags = bytes.Count((byte)'<');
        if (tags > MaxTags)
        {
            return SeedParseResult.Failure($"the page has {tags:N0} tags; a saved article page has fewer than {MaxTags:N0}");
        }

        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(Encoding.UTF8.GetString(bytes));
        var (jsonLd, jsonLdLine) = NewsArticleJsonLd(document);
        foreach (var ignored in document.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            ignored.Remove();
        }

        // The article holding the headline, not one inside navigation or a sidebar.
        var articles = document.QuerySelectorAll("article").Where(a => a.Closest("nav, aside, footer") is null).ToList();
        var article = articles.FirstOrDefault(a => a.QuerySelector("h1") is not null) ?? articles.FirstOrDefault() ?? document.Body;
        if (article is null)
        {
            return SeedParseResult.Failure("the page has no body");
        }

        var h1 = document.QuerySelector("h1");
        var jsonLdTitle = Text(jsonLd, "headline");
        var title = jsonLdTitle ?? Clean(h1?.TextContent);
        var titleLine = jsonLdTitle is not null ? jsonLdLine : LineOf(h1);
        if (title is null)
        {
            return h1 is null
                ? SeedParseResult.Failure("no headline: the page has neither JSON-LD NewsArticle headline nor an h1")
                : SeedParseResult.Failure(ArticleText.InvisibleHeadline, titleLine);
        }

        var meta = document.QuerySelector("meta[property='article:published_time']");
        var time = article.QuerySelector("time[datetime]");
        var (dateText, dateLine) = Text(jsonLd, "datePublished") is { } fromJsonLd ? (fromJsonLd, jsonLdLine)
            : meta?.GetAttribute("content") is { } fromMeta ? (fromMeta, LineOf(meta))
            : (time?.GetAttribute("datetime"), LineOf(time));
        if (dateText is null)
        {
            return SeedParseResult.Failure("no publish date: no JSON-LD datePublished, article:published_time or time[datetime]");
        }

        if (!SeedDate.TryParse(dateText, out var published, out var dateError))
        {
            return SeedParseResult.Failure(dateError, dateLine);
        }

        var latest = Sidebar(document);
        var (lead, standfirst, body) = Body(article);
        var byline = Text(jsonLd?.TryGetProperty("author", out var author) == true && author.ValueKind == JsonValueKind.Object ? author : null, "name");
        var bylineText = Clean(article.QuerySelector(".byline")?.TextContent);
        if (bylineText is null && body.LastOrDefault() is ParagraphBlock last && Bylines.TryGetName(last.Text) is not null)
        {
            body.RemoveAt(body.Count - 1);
            bylineText = last.Text;
        }

        byline ??= bylineText is null ? null : Bylines.TryGetName(bylineText);

        var section = Text(jsonLd, "articleSection") ?? latest?.Section ?? document.QuerySelector("meta[property='article:section']")?.GetAttribute("content");
        return SeedParseResult.Success(new ArticleDraft(title, published, section, byline, lead, standfirst, body, latest), titleLine);
    }

    /// <summary>
    /// Paragraphs and figures of the article in document order. Where the body has its own
    /// container (<c>.article-body</c>, as NewsSite's pages do) a figure outside it is the lead;
    /// otherwise the first figure before any paragraph is.
    /// </summary>
    private static (Figure? Lead, string? Standfirst, List<BodyBlock> Body) Body(IElement article)
    {
        var standfirst = Clean(article.QuerySelector(".standfirst")?.TextContent);
        var bodyRoot = article.QuerySelector(".article-body");
        var lead = bodyRoot is null ? null : article.QuerySelectorAll("figure").FirstOrDefault(f => !bodyRoot.Contains(f) && !IsOutside(f, article)) is { } outside ? Figure(outside) : null;
        var body = new List<BodyBlock>();
        foreach (var element in (bodyRoot ?? article).QuerySelectorAll("p, figure").Where(e => !IsOutside(e, article)))
        {
            if (element.LocalName == "figure")
            {
                if (bodyRoot is null && lead is null && body.Count == 0)
                {
                    lead = Figure(element);
                }
                else
                {
                    body.Add(new FigureBlock(Figure(element)));
                }
            }
            else if (element.Closest("figure, header") is null && !element.ClassList.Contains("byline") && Clean(element.TextContent) is { Length: > 0 } text)
            {
                if (standfirst is null)
                {
                    standfirst = text;
                }
                else
                {
                    body.Add(new ParagraphBlock(text));
                }
            }
        }

        return (lead, standfirst, body);
    }

    private static Figure Figure(IElement figure)
    {
        var alt = figure.QuerySelector("img[alt]")?.GetAttribute("alt") ?? figure.QuerySelector("[role=img][aria-label]")?.GetAttribute("aria-label") ?? "";
        return Captions.Split(Clean(alt) ?? "", Clean(figure.QuerySelector("figcaption")?.TextContent) ?? "");
    }

    private static LatestNews? Sidebar(IDocument document)
    {
        foreach (var aside in document.QuerySelectorAll("aside"))
        {
            var heading = Clean(aside.QuerySelector("h1, h2, h3, h4")?.TextContent);
            if (heading is null || heading.Length <= "Latest  News".Length
                || !heading.StartsWith("Latest ", StringComparison.OrdinalIgnoreCase) || !heading.EndsWith(" News", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var items = aside.QuerySelectorAll("li")
                .Select(li => new Teaser(Clean(li.QuerySelector("img[alt]")?.GetAttribute("alt")), Clean(li.TextContent) ?? ""))
                .Where(t => t.Headline.Length > 0)
                .ToList();
            return new LatestNews(heading, heading["Latest ".Length..^" News".Length].Trim(), items);
        }

        return null;
    }

    private static bool IsOutside(IElement element, IElement article) =>
        element.Ancestors<IElement>().TakeWhile(a => a != article).Any(a => Outside.Contains(a.LocalName));

    /// <summary>The 1-based line an element starts on in the saved page.</summary>
    private static int? LineOf(IElement? element) => element?.SourceReference?.Position.Line;

    private static (JsonElement? Node, int? Line) NewsArticleJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var candidates = json.RootElement.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array
                    ? graph.EnumerateArray().ToList()
                    : [json.RootElement];
                foreach (var node in candidates)
                {
                    if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is "NewsArticle" or "Article")
                    {
                        return (node.Clone(), LineOf(script));
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is ignored; the visible page still has what we need.
            }
        }

        return (null, null);
    }

    /// <summary>
    /// A JSON-LD string, HTML-decoded once: a script's text is not decoded by the HTML parser, and
    /// pages write entities into JSON-LD ("Rock &amp;amp; roll") that mean what they mean in markup.
    /// An escaped lone surrogate ("\uD800"), which .NET will not make a string of, is dropped.
    /// </summary>
    private static string? Text(JsonElement? node, string property)
    {
        if (node is not { ValueKind: JsonValueKind.Object } n || !n.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string? text;
        try
        {
            text = value.GetString();
        }
        catch (InvalidOperationException)
        {
            text = JsonSerializer.Deserialize<string>(LoneSurrogateEscape().Replace(value.GetRawText(), ""));
        }

        return Clean(WebUtility.HtmlDecode(text));
    }

    // "\uD800" not followed by a low surrogate's escape, or "\uDC00" not preceded by a high one; not "\\uD800", an escaped backslash.
    [GeneratedRegex(@"(?<=(?:^|[^\\])(?:\\\\)*)(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})")]
    private static partial Regex LoneSurrogateEscape();

    // Markup whitespace (indentation, line breaks) is one space; the rest is SeedText's rule, so invisible text is no text.
    private static string? Clean(string? text) =>
        text is null ? null : SeedText.Clean(string.Join(' ', text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
}
