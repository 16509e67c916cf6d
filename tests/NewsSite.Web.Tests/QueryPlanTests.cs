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
            Assert.Empty(FullScans(plan));
            Assert.DoesNotContain(plan, IsSort);
        }
    }

    [Fact]
    public async Task Import_EveryStatementThatLooksRowsUpUsesAnIndex()
    {
        var seeds = Directory.GetFiles(_site.SeedsFolder, "gen_*.txt").Order().ToList();
        foreach (var changed in seeds.Take(5))
        {
            File.AppendAllText(changed, "\nA paragraph added later.\n");
        }

        File.Delete(seeds[^1]); // withdrawn
        _site.QueryLog = [];
        var report = await _site.ImportAsync();
        var commands = _site.QueryLog;
        _site.QueryLog = null;
        var rowStatements = await _site.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            using var rows = NewsSite.Web.Import.ArticleRows.For(db);
            return rows.LookupStatements.ToList();
        });

        Assert.Equal((5, 1), (report.Updated, report.Withdrawn));
        var lookups = commands
            .Concat(rowStatements.Select(sql => new RecordedCommand(sql, [.. ParameterNames(sql).Select(name => (name, (object?)0))])))
            .Where(c => c.Sql.Contains("WHERE", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(c => c.Sql)
            .ToList();
        foreach (var command in lookups)
        {
            var plan = _site.IsPostgres ? await ExplainPostgresAsync(command) : await ExplainSqliteAsync(command);
            Assert.False(FullScans(plan).Any(), $"{command.Sql}\n reads a whole table:\n{string.Join("\n", plan)}");
        }

        // The section refresh asks, per captured teaser, whether the section publishes that headline:
        // the headline must be matched by an index lookup or a hash (SQLite "SEARCH b … Title=?",
        // PostgreSQL "Index Cond"/"Hash Cond"), never as a filter over every article of the section.
        var refresh = Assert.Single(lookups, c => c.Sql.Contains("NOT EXISTS", StringComparison.Ordinal));
        var refreshPlan = _site.IsPostgres ? await ExplainPostgresAsync(refresh) : await ExplainSqliteAsync(refresh);
        string[] matchedBy = ["SEARCH b ", "Index Cond", "Hash Cond", "Merge Cond"];
        Assert.True(
            refreshPlan.Any(line => line.Contains("Title", StringComparison.Ordinal) && matchedBy.Any(m => line.Contains(m, StringComparison.Ordinal)))
                && !refreshPlan.Any(line => line.Contains("Title", StringComparison.Ordinal) && line.Contains("Filter", StringComparison.Ordinal)),
            string.Join("\n", refreshPlan));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static IEnumerable<string> ParameterNames(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql, @"@(\w+)").Select(m => m.Groups[1].Value).Distinct();

    // SQLite: "SCAN Articles" reads the whole table; "SCAN Articles USING INDEX …", "SEARCH …" and a
    // scan of the query's own subquery ("CO-ROUTINE a1" … "SCAN a1") do not, nor does a virtual
    // table's scan that its index answers from a constraint ("VIRTUAL TABLE INDEX 0:=", FTS5's rowid lookup).
    // PostgreSQL: "Seq Scan on …" (chosen although priced out: no index serves the query).
    private static IEnumerable<string> FullScans(List<string> plan)
    {
        var subqueries = plan.Where(line => line.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || line.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[1]).ToHashSet(StringComparer.Ordinal);
        return plan.Where(line =>
            (line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains(" USING ", StringComparison.Ordinal) && !line.Contains("CONSTANT ROW", StringComparison.Ordinal)
                && !subqueries.Contains(line.Split(' ')[1]) && !System.Text.RegularExpressions.Regex.IsMatch(line, @"VIRTUAL TABLE INDEX \d+:\S"))
            || line.Contains("Seq Scan", StringComparison.Ordinal));
    }

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
            var parameter = new NpgsqlParameter(name, value ?? DBNull.Value);
            if (recorded.PostgresTypes?.GetValueOrDefault(name) is { } type and not NpgsqlTypes.NpgsqlDbType.Unknown)
            {
                parameter.NpgsqlDbType = type;
            }

            explain.Parameters.Add(parameter);
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
