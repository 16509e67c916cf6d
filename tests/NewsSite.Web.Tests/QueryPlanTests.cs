using Microsoft.Data.Sqlite;
using Npgsql;
using NewsSite.Web.Commands;

namespace NewsSite.Web.Tests;

/// <summary>
/// The hot reader queries use indexes: the plan of every query a page runs (SQLite's EXPLAIN QUERY
/// PLAN, or PostgreSQL's EXPLAIN with sequential scans and sorts priced out, so only a missing index
/// makes the planner choose them) shows no
/// full table scan and no sort of a whole table, and a page runs a fixed, small number of queries.
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

    [Theory]
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
        foreach (var command in commands)
        {
            var plan = _site.IsPostgres ? await ExplainPostgresAsync(command) : await ExplainSqliteAsync(command);
            Assert.DoesNotContain(plan, line => IsFullScan(line) || IsSort(line));
        }
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    // SQLite: "SCAN Articles" reads the whole table; "SCAN Articles USING INDEX …" and "SEARCH …" do not.
    // PostgreSQL: "Seq Scan on …" (chosen although priced out: no index serves the query).
    private static bool IsFullScan(string line) =>
        (line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains(" USING ", StringComparison.Ordinal) && !line.Contains("CONSTANT ROW", StringComparison.Ordinal))
        || line.Contains("Seq Scan", StringComparison.Ordinal);

    // SQLite: "USE TEMP B-TREE FOR ORDER BY"; PostgreSQL: a Sort node above the rows.
    private static bool IsSort(string line) =>
        line.Contains("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal) || line.TrimStart(' ', '-', '>').StartsWith("Sort ", StringComparison.Ordinal);

    private async Task<List<string>> ExplainPostgresAsync(RecordedCommand recorded)
    {
        await using var connection = new NpgsqlConnection(_site.Store.ConnectionString);
        await connection.OpenAsync();
        await using (var priceOut = new NpgsqlCommand("SET enable_seqscan = off; SET enable_sort = off", connection))
        {
            await priceOut.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN " + recorded.Sql, connection);
        foreach (var (name, value) in recorded.Parameters)
        {
            explain.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    private async Task<List<string>> ExplainSqliteAsync(RecordedCommand recorded)
    {
        await using var connection = new SqliteConnection($"Data Source={_site.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
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
