using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsSite.Web.Data;

/// <summary>The store on PostgreSQL, for several web nodes; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresNewsDbContext(DbContextOptions<PostgresNewsDbContext> options) : NewsDbContext(options)
{
    protected override string CaseInsensitiveCollation => "case_insensitive";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // ICU's level-2 strength ignores case but not accents: "Editor" and "editor" are one admin.
        modelBuilder.HasCollation(CaseInsensitiveCollation, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        base.OnModelCreating(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time in the store is UTC (timestamp with time zone); values read from SQLite or
        // made with new DateTime(...) have an unspecified kind, which Npgsql refuses to write.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
