using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

/// <summary>The store on SQLite, the embedded default; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteNewsDbContext(DbContextOptions<SqliteNewsDbContext> options) : NewsDbContext(options)
{
    protected override string CaseInsensitiveCollation => "NOCASE";
}
