using System.Text;

namespace NewsSite.Ingestion;

/// <summary>
/// The blocks of a seed: runs of non-blank lines, each line trimmed. Lines are found on the
/// UTF-8 bytes and only the kept lines become strings, so a file costs little more than its text.
/// </summary>
internal sealed class SeedBlocks
{
    private readonly List<Line> _lines = [];
    private readonly List<(int First, int Count)> _blocks = [];

    private SeedBlocks()
    {
    }

    public int Count => _blocks.Count;

    public int LineCount(int block) => _blocks[block].Count;

    /// <summary>The 1-based line number in the file where a block starts.</summary>
    public int LineNumber(int block) => _lines[_blocks[block].First].Number;

    public string Text(int block, int line = 0) => _lines[_blocks[block].First + line].Text;

    /// <summary>Splits UTF-8 text (already checked valid, without a byte-order mark) into blocks.</summary>
    public static SeedBlocks Read(ReadOnlySpan<byte> text)
    {
        var result = new SeedBlocks();
        var blockFirst = -1;
        var number = 0;
        var position = 0;
        while (true)
        {
            number++;
            var rest = text[position..];
            var end = rest.IndexOf((byte)'\n');
            var line = Trim(end < 0 ? rest : rest[..end]);
            if (line.IsEmpty)
            {
                result.CloseBlock(ref blockFirst);
            }
            else
            {
                blockFirst = blockFirst < 0 ? result._lines.Count : blockFirst;
                result._lines.Add(new Line(Encoding.UTF8.GetString(line), number));
            }

            if (end < 0)
            {
                break;
            }

            // The CR of a CRLF is trailing whitespace, trimmed with the rest.
            position += end + 1;
        }

        result.CloseBlock(ref blockFirst);
        return result;
    }

    private void CloseBlock(ref int first)
    {
        if (first >= 0)
        {
            _blocks.Add((first, _lines.Count - first));
            first = -1;
        }
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        while (!line.IsEmpty && Rune.DecodeFromUtf8(line, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
        {
            line = line[length..];
        }

        while (!line.IsEmpty && Rune.DecodeLastFromUtf8(line, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
        {
            line = line[..^length];
        }

        return line;
    }

    private readonly record struct Line(string Text, int Number);
}
