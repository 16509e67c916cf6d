using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdParagraph = Markdig.Syntax.ParagraphBlock;

namespace NewsSite.Ingestion;

/// <summary>
/// Reads a Markdown seed: YAML front matter (title, published, section, byline, optional
/// standfirst) and a Markdown body. An image before any paragraph is the lead figure, an image
/// alone in a paragraph an inline figure, its title the caption line ("… Picture: X").
/// </summary>
public static class MarkdownSeedParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

    public static SeedParseResult Parse(ReadOnlySpan<byte> bytes, int maxBytes = SeedParser.DefaultMaxBytes)
    {
        if (SeedParser.CheckInput(bytes, maxBytes) is { } inputError)
        {
            return inputError;
        }

        var text = Encoding.UTF8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes).Replace("\r\n", "\n");
        if (string.IsNullOrWhiteSpace(text))
        {
            return SeedParseResult.Failure("file has no text: it is blank or whitespace only");
        }

        var document = Markdown.Parse(text, Pipeline);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatter)
        {
            return SeedParseResult.Failure("no front matter: a Markdown seed starts with a '---' block giving title, published and section", 1);
        }

        var fields = FrontMatter.Read(frontMatter);
        if (!fields.TryGetValue("title", out var title) || title.Value.Length == 0)
        {
            return SeedParseResult.Failure("the front matter has no title", frontMatter.Line + 1);
        }

        if (!fields.TryGetValue("published", out var published))
        {
            return SeedParseResult.Failure("the front matter has no published date", frontMatter.Line + 1);
        }

        if (!SeedDate.TryParse(published.Value, out var publishedAt, out var dateError))
        {
            return SeedParseResult.Failure("published: " + dateError, published.Line);
        }

        var standfirst = fields.TryGetValue("standfirst", out var given) ? given.Value : null;
        Figure? lead = null;
        var body = new List<BodyBlock>();
        foreach (var block in document.Skip(1).Where(b => b is not LinkReferenceDefinitionGroup))
        {
            if (block is MdParagraph { Inline: { } inline } && StandaloneImage(inline) is { } image)
            {
                var figure = Captions.Split(PlainText(image), image.Title ?? "");
                if (lead is null && standfirst is null && body.Count == 0)
                {
                    lead = figure;
                }
                else
                {
                    body.Add(new FigureBlock(figure));
                }

                continue;
            }

            var source = MarkdownBlockSource.Of(text, block);
            var (kind, plain) = Describe(block, source);
            if (kind == "paragraph" && standfirst is null)
            {
                standfirst = plain;
                continue;
            }

            body.Add(new MarkdownBlock(kind, plain, source));
        }

        var section = fields.TryGetValue("section", out var sectionField) ? sectionField.Value : null;
        var byline = fields.TryGetValue("byline", out var bylineField) ? bylineField.Value : null;
        var draft = new ArticleDraft(title.Value, publishedAt, NullIfEmpty(section), NullIfEmpty(byline), lead, NullIfEmpty(standfirst), body, null);
        return SeedParseResult.Success(draft, title.Line);
    }

    private static (string Kind, string Text) Describe(Block block, string source) => block switch
    {
        HeadingBlock heading => ("heading", PlainText(heading.Inline)),
        ListBlock list => ("list", string.Join("\n", list.Descendants<MdParagraph>().Select(p => PlainText(p.Inline)))),
        QuoteBlock quote => ("quote", string.Join("\n", quote.Descendants<MdParagraph>().Select(p => PlainText(p.Inline)))),
        MdParagraph paragraph => ("paragraph", PlainText(paragraph.Inline)),
        _ => ("paragraph", source), // code, raw HTML, tables: shown as text, never as markup
    };

    private static LinkInline? StandaloneImage(ContainerInline inline)
    {
        var parts = inline.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return parts is [LinkInline { IsImage: true } image] ? image : null;
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                break;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>A front matter value and the 1-based line it is on.</summary>
    private readonly record struct Field(string Value, int Line);

    /// <summary>The simple YAML of seed front matter: one "key: value" per line, values optionally quoted.</summary>
    private static class FrontMatter
    {
        public static Dictionary<string, Field> Read(YamlFrontMatterBlock block)
        {
            var fields = new Dictionary<string, Field>(StringComparer.OrdinalIgnoreCase);
            foreach (var stringLine in block.Lines.Lines.Take(block.Lines.Count))
            {
                var line = stringLine.ToString();
                var colon = line.IndexOf(':');
                if (colon <= 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var value = line[(colon + 1)..].Trim();
                if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
                {
                    value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal);
                }
                else if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
                {
                    value = value[1..^1].Replace("''", "'", StringComparison.Ordinal);
                }

                fields[line[..colon].Trim()] = new Field(value, stringLine.Line + 1);
            }

            return fields;
        }
    }
}
