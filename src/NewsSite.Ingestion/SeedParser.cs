using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsSite.Ingestion;

/// <summary>
/// Reads a seed file (see SEED-FORMAT) into an <see cref="ArticleDraft"/>. Pure: bytes in,
/// result out. Bad input is expected data and comes back as a <see cref="SeedError"/>, never
/// as an exception.
/// </summary>
public static class SeedParser
{
    /// <summary>The default size limit: 2 MiB, far beyond any real article page.</summary>
    public const int DefaultMaxBytes = 2 * 1024 * 1024;

    /// <summary>
    /// The version of the reading rules of all three formats. Raise it with every change that makes
    /// some file read differently: a store keeps the version each article was read with, and the
    /// next import reads those files again instead of skipping them as unchanged.
    /// </summary>
    public const int RulesVersion = 2;

    private static readonly SearchValues<byte> ControlCharacters = SearchValues.Create([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Parses a seed file by its kind: <c>*.md</c> is Markdown, <c>*.html</c> a saved page, anything else the text format.</summary>
    public static SeedParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, int maxBytes = DefaultMaxBytes)
    {
        try
        {
            return Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".md" => MarkdownSeedParser.Parse(bytes, maxBytes),
                ".html" or ".htm" => HtmlSeedParser.Parse(bytes, maxBytes),
                _ => Parse(bytes, maxBytes),
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader's bug (or a library's limit, such as Markdig's nesting depth) costs one file, not the run.
            return SeedParseResult.Failure($"the file could not be read as an article ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>Parses the bytes of a seed file in the text format.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="maxBytes">Files larger than this are refused.</param>
    public static SeedParseResult Parse(ReadOnlySpan<byte> bytes, int maxBytes = DefaultMaxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            return TooLarge(bytes.Length, maxBytes);
        }

        if (CheckEncoding(bytes) is { } encodingError)
        {
            return encodingError;
        }

        try
        {
            return Parse(SeedBlocks.Read(bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must cost one file, not the run: the caller still gets a result.
            return SeedParseResult.Failure($"the file could not be read as an article ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>Parses seed text already decoded.</summary>
    public static SeedParseResult Parse(string text, int maxBytes = DefaultMaxBytes) =>
        Parse(Encoding.UTF8.GetBytes(text), maxBytes);

    /// <summary>The error for a file of <paramref name="length"/> bytes over the limit, for callers that check before reading.</summary>
    public static SeedParseResult TooLarge(long length, int maxBytes) =>
        SeedParseResult.Failure($"file is {FormatSize(length)}, over the {FormatSize(maxBytes)} size limit");

    /// <summary>The error for bytes that cannot be a seed of any kind (too large, empty, not UTF-8), or null.</summary>
    internal static SeedParseResult? CheckInput(ReadOnlySpan<byte> bytes, int maxBytes) =>
        bytes.Length > maxBytes ? TooLarge(bytes.Length, maxBytes) : CheckEncoding(bytes);

    private static SeedParseResult? CheckEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return SeedParseResult.Failure("file is empty");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return SeedParseResult.Failure("file is UTF-16 text (it starts with a UTF-16 byte-order mark); seeds must be UTF-8");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return LooksLikeUtf16(bytes)
                ? SeedParseResult.Failure("file looks like UTF-16 text (NUL bytes between characters); seeds must be UTF-8")
                : SeedParseResult.Failure("file contains a NUL byte: it is binary data, not text", LineAt(bytes, nul));
        }

        // Other C0 control characters are not text (and cannot appear in the XML of feeds and sitemaps).
        var control = bytes.IndexOfAny(ControlCharacters);
        if (control >= 0)
        {
            return SeedParseResult.Failure($"file contains the control character U+{bytes[control]:X4}: it is not text", LineAt(bytes, control));
        }

        if (!Utf8.IsValid(bytes))
        {
            var at = FirstInvalidUtf8(bytes);
            return SeedParseResult.Failure($"file is not valid UTF-8 (byte 0x{bytes[at]:X2} at offset {at}): it is binary or in another encoding", LineAt(bytes, at));
        }

        return null;
    }

    private static SeedParseResult Parse(SeedBlocks blocks)
    {
        if (blocks.Count == 0)
        {
            return SeedParseResult.Failure("file has no text: it is blank or whitespace only");
        }

        if (blocks.LineCount(0) > 1)
        {
            return SeedParseResult.Failure($"the headline must be a single line followed by a blank line; the first block has {blocks.LineCount(0)} lines", blocks.LineNumber(0));
        }

        var title = blocks.Text(0);
        if (SeedDate.LooksLikeDate(title))
        {
            return SeedParseResult.Failure("no headline: the file starts with the date line", blocks.LineNumber(0));
        }

        if (blocks.Count < 2)
        {
            return SeedParseResult.Failure("no date line: expected the publish date (e.g. '14 March 2021, 09:34') after the headline");
        }

        if (blocks.LineCount(1) > 1)
        {
            return SeedParseResult.Failure(
                $"expected the publish date (e.g. '14 March 2021, 09:34') as the block after the headline, found a block of {blocks.LineCount(1)} lines",
                blocks.LineNumber(1));
        }

        if (!SeedDate.TryParse(blocks.Text(1), out var publishedAt, out var dateError))
        {
            return SeedParseResult.Failure(dateError, blocks.LineNumber(1));
        }

        var next = 2;
        Figure? leadImage = null;
        if (next < blocks.Count && blocks.LineCount(next) == 2)
        {
            leadImage = Captions.Split(blocks.Text(next), blocks.Text(next, 1));
            next++;
        }

        var sidebarAt = FindSidebar(blocks, next);
        var bodyEnd = sidebarAt ?? blocks.Count;
        var byline = bodyEnd > next && blocks.LineCount(bodyEnd - 1) == 1 ? Bylines.TryGetName(blocks.Text(bodyEnd - 1)) : null;
        if (byline is not null)
        {
            bodyEnd--;
        }

        var (standfirst, body) = ReadBody(blocks, next, bodyEnd);
        var latest = sidebarAt is { } at ? ReadSidebar(blocks, at) : null;
        return SeedParseResult.Success(new ArticleDraft(title, publishedAt, latest?.Section, byline, leadImage, standfirst, body, latest), blocks.LineNumber(0));
    }

    private static (string? Standfirst, List<BodyBlock> Body) ReadBody(SeedBlocks blocks, int start, int end)
    {
        string? standfirst = null;
        var body = new List<BodyBlock>(end - start);
        for (var i = start; i < end; i++)
        {
            if (blocks.LineCount(i) == 2)
            {
                body.Add(new FigureBlock(Captions.Split(blocks.Text(i), blocks.Text(i, 1))));
                continue;
            }

            // A block of three or more lines is read as that many paragraphs: nothing is dropped.
            for (var line = 0; line < blocks.LineCount(i); line++)
            {
                if (standfirst is null)
                {
                    standfirst = blocks.Text(i, line);
                }
                else
                {
                    body.Add(new ParagraphBlock(blocks.Text(i, line)));
                }
            }
        }

        return (standfirst, body);
    }

    /// <summary>
    /// The sidebar's heading block: the first "Latest … News" followed by its "See more" label,
    /// else the last "Latest … News" line (a paragraph may happen to read like one).
    /// </summary>
    private static int? FindSidebar(SeedBlocks blocks, int start)
    {
        int? last = null;
        for (var i = start; i < blocks.Count; i++)
        {
            if (blocks.LineCount(i) != 1 || SectionOf(blocks.Text(i)) is null)
            {
                continue;
            }

            if (IsSeeMore(blocks, i + 1, blocks.Text(i)))
            {
                return i;
            }

            last = i;
        }

        return last;
    }

    private static bool IsSeeMore(SeedBlocks blocks, int at, string heading) =>
        at < blocks.Count && blocks.LineCount(at) == 1 && blocks.Text(at).Equals("See more " + heading, StringComparison.OrdinalIgnoreCase);

    /// <summary>The section a "Latest World News" heading names, or null when the line is no such heading.</summary>
    private static string? SectionOf(string line)
    {
        const string Prefix = "Latest ";
        const string Suffix = " News";
        if (line.Length <= Prefix.Length + Suffix.Length
            || !line.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || !line.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var section = line[Prefix.Length..^Suffix.Length].Trim();
        return section.Length > 0 ? section : null;
    }

    private static LatestNews ReadSidebar(SeedBlocks blocks, int headingAt)
    {
        var heading = blocks.Text(headingAt);
        var section = SectionOf(heading)!;
        var next = IsSeeMore(blocks, headingAt + 1, heading) ? headingAt + 2 : headingAt + 1;

        // Teasers are an image description then a headline, as one-line blocks (or one two-line block).
        var lines = new List<string>();
        for (var i = next; i < blocks.Count; i++)
        {
            for (var line = 0; line < blocks.LineCount(i); line++)
            {
                lines.Add(blocks.Text(i, line));
            }
        }

        var items = new List<Teaser>(lines.Count / 2 + 1);
        for (var i = 0; i + 1 < lines.Count; i += 2)
        {
            items.Add(new Teaser(lines[i], lines[i + 1]));
        }

        if (lines.Count % 2 == 1)
        {
            items.Add(new Teaser(null, lines[^1]));
        }

        return new LatestNews(heading, section, items);
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 256)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
            }
        }

        // Latin text in UTF-16 has a zero in every other byte and text in the bytes between;
        // a run of zeros on both sides is binary data.
        var half = sample.Length / 2;
        return sample.Length >= 4 && Math.Max(evenZeros, oddZeros) * 3 >= half * 2 && Math.Min(evenZeros, oddZeros) * 3 <= half;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[position..], out _, out var length) != OperationStatus.Done)
            {
                return position;
            }

            position += length;
        }

        return position;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
