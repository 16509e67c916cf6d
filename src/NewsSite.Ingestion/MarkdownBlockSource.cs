using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsSite.Ingestion;

/// <summary>
/// The Markdown a block of a Markdown seed is stored as, to be rendered on its own: its source,
/// followed by the link reference definitions its links use (in order of first use) — the
/// document's definitions are not blocks of their own, and a reference link without its
/// definition renders as brackets. Numeric character references that decode to what
/// <see cref="SeedText"/> removes ("&amp;#x1D;", "&amp;#xFFFF;") are cut, except in code, where
/// a reference is literal text.
/// </summary>
internal static partial class MarkdownBlockSource
{
    /// <summary>The block's stored Markdown; <paramref name="text"/> is the document it was parsed from, with precise source locations.</summary>
    public static string Of(string text, Block block)
    {
        var literal = LiteralSpans(block).ToList();
        var source = new StringBuilder(block.Span.Length + 16);
        AppendWithoutUnholdableReferences(source, text, block.Span, literal);
        var used = Inlines<LinkInline>(block).Select(link => link.Reference).OfType<LinkReferenceDefinition>().Distinct().ToList();
        var result = source.ToString().Trim();
        if (used.Count == 0)
        {
            return result;
        }

        source.Clear().Append(result).Append("\n\n");
        foreach (var definition in used)
        {
            AppendWithoutUnholdableReferences(source, text, definition.Span, []);
            source.Append('\n');
        }

        return source.ToString().TrimEnd();
    }

    /// <summary>The inlines of a block and of the blocks it contains, in order (Markdig's Descendants of a block stops at its leaves).</summary>
    public static IEnumerable<T> Inlines<T>(Block block)
        where T : Inline
    {
        IEnumerable<LeafBlock> leaves = block switch
        {
            LeafBlock leaf => [leaf],
            ContainerBlock container => container.Descendants<LeafBlock>(),
            _ => [],
        };
        return leaves.SelectMany(leaf => leaf.Inline?.Descendants<T>() ?? []);
    }

    // Code spans and code blocks, where "&#x1D;" is shown as written.
    private static IEnumerable<SourceSpan> LiteralSpans(Block block) => block switch
    {
        CodeBlock code => [code.Span],
        ContainerBlock container => container.Descendants<CodeBlock>().Select(c => c.Span).Concat(Inlines<CodeInline>(block).Select(c => c.Span)),
        _ => Inlines<CodeInline>(block).Select(c => c.Span),
    };

    private static void AppendWithoutUnholdableReferences(StringBuilder source, string text, SourceSpan span, List<SourceSpan> literal)
    {
        var at = span.Start;
        foreach (var match in NumericReference().EnumerateMatches(text.AsSpan(span.Start, span.Length)))
        {
            var start = span.Start + match.Index;
            var reference = text.AsSpan(start, match.Length);
            if (DecodesToUnholdable(reference) && !IsEscaped(text, start) && !literal.Any(l => start >= l.Start && start <= l.End))
            {
                source.Append(text, at, start - at);
                at = start + match.Length;
            }
        }

        source.Append(text, at, span.End + 1 - at);
    }

    // "\&#x1D;" is the text "&#x1D;": an odd run of backslashes escapes the ampersand.
    private static bool IsEscaped(string text, int at)
    {
        var backslashes = 0;
        while (at - backslashes > 0 && text[at - backslashes - 1] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    // "&#29;" or "&#x1D;". References to 0, surrogates or beyond U+10FFFF decode to U+FFFD (CommonMark 0.31, §2.5), which any output holds.
    private static bool DecodesToUnholdable(ReadOnlySpan<char> reference)
    {
        var hex = reference[2] is 'x' or 'X';
        var digits = reference[(hex ? 3 : 2)..^1];
        var value = int.Parse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
        if (value is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return false;
        }

        var decoded = char.ConvertFromUtf32(value);
        return SeedText.RemoveUnholdable(decoded) != decoded;
    }

    // CommonMark's numeric character references: 1–7 decimal or 1–6 hexadecimal digits.
    [GeneratedRegex("&#(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7});")]
    private static partial Regex NumericReference();
}
