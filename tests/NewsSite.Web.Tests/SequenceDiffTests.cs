using NewsSite.Web.Admin;

namespace NewsSite.Web.Tests;

/// <summary>The block diff behind the revisions page: its runs turn one version into the other and keep as many blocks as can be kept.</summary>
public sealed class SequenceDiffTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("abc", "abc")]
    [InlineData("", "abc")]
    [InlineData("abc", "")]
    [InlineData("abcdef", "xyz")]
    [InlineData("aaaa", "aa")]
    [InlineData("abcabba", "cbabac")]
    [InlineData("abcd", "dcba")]
    public void Compare_Examples_TurnBeforeIntoAfterKeepingTheLongestCommonSubsequence(string before, string after) =>
        AssertMinimalEditOf(Pieces(before), Pieces(after));

    [Fact]
    public void Compare_RandomSequencesWithRepeatsAndUniquePieces_TurnBeforeIntoAfterKeepingTheLongestCommonSubsequence()
    {
        var random = new Random(14);
        for (var round = 0; round < 300; round++)
        {
            // A small alphabet repeats pieces; a few pieces of their own are held by one side only.
            string[] Sequence(string own) => [.. Enumerable.Range(0, random.Next(0, 30)).Select(i => random.Next(8) == 0 ? $"{own}{i}" : ((char)('a' + random.Next(5))).ToString())];
            AssertMinimalEditOf(Sequence("x"), Sequence("y"));
        }
    }

    private static string[] Pieces(string text) => [.. text.Select(c => c.ToString())];

    private static void AssertMinimalEditOf(string[] before, string[] after)
    {
        var runs = SequenceDiff.Compare(before, after);

        var rebuilt = new List<string>();
        var next = 0;
        foreach (var run in runs)
        {
            Assert.True(run.BeforeStart >= next && run.BeforeCount + run.AfterCount > 0);
            rebuilt.AddRange(before[next..run.BeforeStart]);
            rebuilt.AddRange(after[run.AfterStart..(run.AfterStart + run.AfterCount)]);
            next = run.BeforeStart + run.BeforeCount;
        }

        rebuilt.AddRange(before[next..]);
        Assert.Equal(after, rebuilt);
        Assert.Equal(LongestCommonSubsequence(before, after), before.Length - runs.Sum(r => r.BeforeCount));
    }

    private static int LongestCommonSubsequence(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                lengths[i, j] = a[i - 1] == b[j - 1] ? lengths[i - 1, j - 1] + 1 : Math.Max(lengths[i - 1, j], lengths[i, j - 1]);
            }
        }

        return lengths[a.Length, b.Length];
    }
}
