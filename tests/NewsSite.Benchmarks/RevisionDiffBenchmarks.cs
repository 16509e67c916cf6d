using BenchmarkDotNet.Attributes;
using NewsSite.Ingestion;
using NewsSite.Web.Admin;

namespace NewsSite.Benchmarks;

/// <summary>
/// Comparing two versions of a 20,000-paragraph article, as the revisions page does once per
/// revision: a few paragraphs changed, one in fifty edited, and every paragraph rewritten.
/// </summary>
[MemoryDiagnoser]
public class RevisionDiffBenchmarks
{
    private const int Paragraphs = 20_000;
    private ArticleDraft _before = null!;
    private ArticleDraft _after = null!;

    [Params("3 changed", "1 in 50 edited", "all rewritten")]
    public string Change { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var body = Enumerable.Range(1, Paragraphs).Select(i => $"Paragraph {i} of the long story, as it was first written.").ToList();
        _before = Article(body);
        switch (Change)
        {
            case "3 changed":
                body[4_999] = "Paragraph 5000 of the long story, as it was rewritten.";
                body.RemoveAt(9_999);
                body.Insert(15_000, "A paragraph added by the editor.");
                break;
            case "1 in 50 edited":
                for (var i = 0; i < body.Count; i += 50)
                {
                    body[i] += " Updated.";
                }

                break;
            default:
                body = [.. body.Select(p => p.Replace("first written", "rewritten", StringComparison.Ordinal))];
                break;
        }

        _after = Article(body);
    }

    [Benchmark]
    public RevisionChanges Compare() => RevisionDiff.Compare(_before, _after);

    private static ArticleDraft Article(List<string> body) => new(
        "A very long story",
        new DateTimeOffset(2023, 6, 1, 10, 0, 0, TimeSpan.FromHours(1)),
        "World",
        "Test Reporter",
        null,
        "The standfirst of a very long story.",
        [.. body.Select(text => new ParagraphBlock(text))],
        null);
}
