using DiffPlex;
using DiffPlex.Chunkers;

namespace NewsSite.Web.Admin;

/// <summary>
/// Where two sequences of pieces (body blocks, words) differ, by DiffPlex's Myers diff: memory
/// linear in their length, time in their length times the number of differences. A piece that only
/// one sequence holds can never be common to both, so it is set aside before Myers runs and the
/// runs are read back on the whole sequences: the diff is the same, and pieces that were all edited
/// or all replaced cost no more than pieces that were not (GNU diff's "discard confusing lines").
/// </summary>
public static class SequenceDiff
{
    private const string BeforeName = "before";
    private const string AfterName = "after";

    /// <summary>The runs where <paramref name="before"/> and <paramref name="after"/> differ, in order; none when they are equal.</summary>
    public static List<DiffRun> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var inBefore = new HashSet<string>(before, StringComparer.Ordinal);
        var inAfter = new HashSet<string>(after, StringComparer.Ordinal);
        var keptBefore = Kept(before, inAfter);
        var keptAfter = Kept(after, inBefore);
        var common = Differ.Instance.CreateDiffs(
            BeforeName, AfterName, ignoreWhiteSpace: false, ignoreCase: false, new Pieces([.. keptBefore.Select(i => before[i])], [.. keptAfter.Select(i => after[i])]));

        // Every kept piece outside DiffPlex's blocks is common to both: an anchor. Whatever lies between two anchors differs.
        var runs = new List<DiffRun>();
        var (nextBefore, nextAfter) = (0, 0);
        var (keptBeforeAt, keptAfterAt) = (0, 0);
        foreach (var block in common.DiffBlocks)
        {
            AnchorUntil(block.DeleteStartA);
            keptBeforeAt += block.DeleteCountA;
            keptAfterAt += block.InsertCountB;
        }

        AnchorUntil(keptBefore.Count);
        if (nextBefore < before.Count || nextAfter < after.Count)
        {
            runs.Add(new DiffRun(nextBefore, before.Count - nextBefore, nextAfter, after.Count - nextAfter));
        }

        return runs;

        void AnchorUntil(int end)
        {
            for (; keptBeforeAt < end; keptBeforeAt++, keptAfterAt++)
            {
                var (anchorBefore, anchorAfter) = (keptBefore[keptBeforeAt], keptAfter[keptAfterAt]);
                if (anchorBefore > nextBefore || anchorAfter > nextAfter)
                {
                    runs.Add(new DiffRun(nextBefore, anchorBefore - nextBefore, nextAfter, anchorAfter - nextAfter));
                }

                (nextBefore, nextAfter) = (anchorBefore + 1, anchorAfter + 1);
            }
        }
    }

    /// <summary>
    /// Two texts cut into words, spaces and punctuation (DiffPlex's word chunker), each cut into runs
    /// with the words the other lacks marked; null when either has more than <paramref name="maxPieces"/>
    /// pieces, which would make the comparison too costly to be worth it.
    /// </summary>
    public static (IReadOnlyList<TextRun> Before, IReadOnlyList<TextRun> After)? Words(string before, string after, int maxPieces)
    {
        var (beforeWords, afterWords) = (WordChunker.Instance.Chunk(before), WordChunker.Instance.Chunk(after));
        if (beforeWords.Count > maxPieces || afterWords.Count > maxPieces)
        {
            return null;
        }

        var runs = Compare(beforeWords, afterWords);
        return (Marked(beforeWords, runs.Select(r => (r.BeforeStart, r.BeforeCount))), Marked(afterWords, runs.Select(r => (r.AfterStart, r.AfterCount))));
    }

    private static List<int> Kept(IReadOnlyList<string> pieces, HashSet<string> other)
    {
        var kept = new List<int>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (other.Contains(pieces[i]))
            {
                kept.Add(i);
            }
        }

        return kept;
    }

    private static List<TextRun> Marked(IReadOnlyList<string> pieces, IEnumerable<(int Start, int Count)> changed)
    {
        var runs = new List<TextRun>();
        var next = 0;
        foreach (var (start, count) in changed.Where(c => c.Count > 0))
        {
            Add(next, start, changed: false);
            Add(start, start + count, changed: true);
            next = start + count;
        }

        Add(next, pieces.Count, changed: false);
        return runs;

        void Add(int from, int to, bool changed)
        {
            if (to > from)
            {
                runs.Add(new TextRun(string.Concat(Enumerable.Range(from, to - from).Select(i => pieces[i])), changed));
            }
        }
    }

    // DiffPlex diffs the pieces a chunker cuts from two texts. The pieces here are already cut, so the two "texts" only name the sides.
    private sealed class Pieces(IReadOnlyList<string> before, IReadOnlyList<string> after) : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text == BeforeName ? before : after;
    }
}
