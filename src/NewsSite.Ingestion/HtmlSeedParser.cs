using System.Text;
using System.Text.Json;
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
public static class HtmlSeedParser
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

        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(bytes));
        var jsonLd = NewsArticleJsonLd(document);
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

        var title = Text(jsonLd, "headline") ?? Clean(document.QuerySelector("h1")?.TextContent);
        if (string.IsNullOrEmpty(title))
        {
            return SeedParseResult.Failure("no headline: the page has neither JSON-LD NewsArticle headline nor an h1");
        }

        var dateText = Text(jsonLd, "datePublished")
            ?? document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? article.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (dateText is null || !IsoDates.TryParseUk(dateText, out var published))
        {
            return SeedParseResult.Failure(dateText is null ? "no publish date: no JSON-LD datePublished, article:published_time or time[datetime]" : $"'{dateText}' is not an ISO 8601 date");
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
        return SeedParseResult.Success(new ArticleDraft(title, published, section, byline, lead, standfirst, body, latest));
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

    private static JsonElement? NewsArticleJsonLd(IDocument document)
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
                        return node.Clone();
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is ignored; the visible page still has what we need.
            }
        }

        return null;
    }

    private static string? Text(JsonElement? node, string property) =>
        node is { ValueKind: JsonValueKind.Object } n && n.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    // Markup whitespace (indentation, line breaks) is one space; the text itself stays as it is.
    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var clean = string.Join(' ', text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return clean.Length == 0 ? null : clean;
    }
}
