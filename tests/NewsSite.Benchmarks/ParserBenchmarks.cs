using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsSite.Ingestion;

namespace NewsSite.Benchmarks;

/// <summary>
/// Seed parsing throughput (MB/s) and allocations per seed, on the original seed and on a long
/// generated one. Targets: at least 100 MB/s on the original; allocations under 4× the input.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParserBenchmarks
{
    private byte[] _bytes = [];

    [ParamsSource(nameof(Seeds))]
    public SeedInput Seed { get; set; } = null!;

    public static IEnumerable<SeedInput> Seeds()
    {
        yield return new SeedInput("original", File.ReadAllBytes(Path.Combine(RepositoryRoot(), "seeds", "000_20ca1ab23c72d2da.txt")));
        var longest = SeedGenerator.Generate(200, seed: 1).MaxBy(d => d.Body.Count)!;
        yield return new SeedInput("long generated", System.Text.Encoding.UTF8.GetBytes(SeedWriter.Write(longest)));
    }

    [GlobalSetup]
    public void Setup() => _bytes = Seed.Bytes;

    [Benchmark]
    public SeedParseResult Parse() => SeedParser.Parse(_bytes);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsSite.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A seed to parse, named for the results table.</summary>
    public sealed record SeedInput(string Name, byte[] Bytes)
    {
        public override string ToString() => $"{Name} ({Bytes.Length:N0} B)";
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new InputRatioColumn("MB/s", (bytes, summary) => bytes / (summary.ResultStatistics!.Mean / 1e9) / 1e6));
            AddColumn(new InputRatioColumn("Alloc/input", (bytes, summary) => (summary.GcStats.GetBytesAllocatedPerOperation(summary.BenchmarkCase) ?? 0) / (double)bytes));
        }
    }

    /// <summary>A column computed from the input's size and the benchmark's results.</summary>
    private sealed class InputRatioColumn(string name, Func<int, BenchmarkReport, double> value) : IColumn
    {
        public string Id => name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => name == "MB/s" ? "Input megabytes parsed per second" : "Bytes allocated per byte of input";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var input = (SeedInput)benchmarkCase.Parameters["Seed"];
            return report?.ResultStatistics is null ? "-" : value(input.Bytes.Length, report).ToString("0.00");
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
