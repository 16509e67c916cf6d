using Microsoft.Data.Sqlite;
using NewsSite.Web.Commands;

namespace NewsSite.Web.Tests;

/// <summary>
/// The hot reader queries use indexes: SQLite's EXPLAIN QUERY PLAN of every query a page runs
/// shows no full table scan and no sort of a whole table, and a page runs a fixed, small number of queries.
/// </summary>
public sealed class QueryPlanTests : IAsyncLifetime
{
    private readonly NewsSiteFactory _site = new() { Settings = { ["Site:OutputCache"] = "false" } };

    public async Task InitializeAsync()
    {
        GenerateSeedsCommand.Write(300, _site.SeedsFolder, seed: 9);
        _site.CreateClient();
        await Task.CompletedTask;
    }

    [SqliteTheory]
    [InlineData("/", 3)]
    [InlineData("/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia", 6)]
    [InlineData("/world", 6)]
    [InlineData("/world?page=2", 6)]
    [InlineData("/sport?page=2", 6)]
    public async Task ReaderPage_QueriesUseIndexesAndStayFew(string url, int maxQueries)
    {
        _site.QueryLog = [];
        using (var response = await _site.CreateClient().GetAsync(url))
        {
            Assert.True(response.IsSuccessStatusCode, url);
        }

        var commands = _site.QueryLog;
        _site.QueryLog = null;

        Assert.InRange(commands.Count, 1, maxQueries);
        await using var connection = new SqliteConnection($"Data Source={_site.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var command in commands)
        {
            var plan = await ExplainAsync(connection, command);
            Assert.DoesNotContain(plan, line => IsFullScan(line) || line.Contains("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
        }
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    // "SCAN Articles" reads the whole table; "SCAN Articles USING INDEX …" and "SEARCH …" do not.
    private static bool IsFullScan(string line) =>
        line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains(" USING ", StringComparison.Ordinal) && !line.Contains("CONSTANT ROW", StringComparison.Ordinal);

    private static async Task<List<string>> ExplainAsync(SqliteConnection connection, RecordedCommand recorded)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + recorded.Sql;
        foreach (var (name, value) in recorded.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines.Count > 0 ? lines : throw new InvalidOperationException("No plan for " + recorded.Sql);
    }
}
