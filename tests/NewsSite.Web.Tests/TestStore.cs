using Npgsql;

namespace NewsSite.Web.Tests;

/// <summary>The PostgreSQL server the suite runs against when <c>NEWSSITE_TEST_POSTGRES</c> names one.</summary>
public static class TestStore
{
    /// <summary>A connection string without a database, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>; null runs the suite on SQLite.</summary>
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable("NEWSSITE_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    public static void DropPostgresDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection($"{PostgresServer};Database=postgres");
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test of SQLite itself (query plans, its lock file): skipped when the suite runs on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestStore.PostgresServer is not null)
        {
            Skip = "This run's store is PostgreSQL.";
        }
    }
}

/// <summary>A test that needs PostgreSQL: skipped unless <c>NEWSSITE_TEST_POSTGRES</c> names a server (CI always does).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStore.PostgresServer is null)
        {
            Skip = "Set NEWSSITE_TEST_POSTGRES to a PostgreSQL server's connection string (.ci/postgres starts one).";
        }
    }
}

/// <summary>The theory form of <see cref="SqliteFactAttribute"/>.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (TestStore.PostgresServer is not null)
        {
            Skip = "This run's store is PostgreSQL.";
        }
    }
}
