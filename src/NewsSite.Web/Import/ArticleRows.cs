using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>
/// Writes articles with their blocks, teasers and search-index row through prepared commands on the
/// import's own connection and transaction. An import writes hundreds of thousands of rows;
/// EF Core's change tracking costs several times more per row (docs/benchmarks.md), so this one
/// hot path writes the columns of the EF model directly. The SQL is the same on SQLite and
/// PostgreSQL (quoted names, @parameters) except for the search index. The HTTP and round-trip
/// tests read everything back through EF.
/// </summary>
internal sealed class ArticleRows : IDisposable
{
    private const string ArticleColumns = "Slug, Section, SectionSlug, FirstPath, Title, Standfirst, Byline, PublishedUtc, LeadAlt, LeadCaption, LeadCredit, SourceFile, ContentHash, ImportedUtc, UpdatedUtc, WithdrawnUtc";
    private const string IndexColumns = "ArticleId, Title, Standfirst, Body, Captions";

    private readonly bool _utcTimes;
    private readonly DbCommand _insertArticle;
    private readonly DbCommand _updateArticle;
    private readonly DbCommand _insertBlock;
    private readonly DbCommand _insertTeaser;
    private readonly DbCommand[] _deleteChildren;
    private readonly DbCommand _index;

    // PostgreSQL: an article's rows go to the server as one batch, one round trip (SQLite has none to save).
    private readonly DbBatch? _batch;

    private ArticleRows(DbConnection connection, DbTransaction transaction, bool isSqlite)
    {
        // Npgsql writes only UTC times to timestamp with time zone; SQLite keeps the text it is given.
        _utcTimes = !isSqlite;
        _insertArticle = Prepare(connection, transaction, $"INSERT INTO \"Articles\" ({Quoted(ArticleColumns)}) VALUES ({Parameters(ArticleColumns)}) RETURNING \"Id\"", ArticleColumns);
        _updateArticle = Prepare(
            connection,
            transaction,
            $"UPDATE \"Articles\" SET {string.Join(", ", Names(ArticleColumns).Where(c => c is not ("ImportedUtc" or "FirstPath")).Select(c => $"\"{c}\" = @{c}"))} WHERE \"Id\" = @Id",
            ArticleColumns + ", Id");
        _insertBlock = Insert(connection, transaction, "ArticleBlocks", "ArticleId, Position, Kind, Text, Markdown, FigureAlt, FigureCaption, FigureCredit");
        _insertTeaser = Insert(connection, transaction, "Teasers", "ArticleId, SectionSlug, CapturedUtc, Position, ImageAlt, Headline");

        // SQLite's FTS5 table keys its rows by rowid; PostgreSQL's search table has an ArticleId column.
        var deleteIndex = isSqlite ? "DELETE FROM ArticleSearch WHERE rowid = @ArticleId" : "DELETE FROM \"ArticleSearch\" WHERE \"ArticleId\" = @ArticleId";
        _deleteChildren =
        [
            Prepare(connection, transaction, "DELETE FROM \"ArticleBlocks\" WHERE \"ArticleId\" = @ArticleId", "ArticleId"),
            Prepare(connection, transaction, "DELETE FROM \"Teasers\" WHERE \"ArticleId\" = @ArticleId", "ArticleId"),
            Prepare(connection, transaction, deleteIndex, "ArticleId"),
        ];
        _index = isSqlite
            ? Prepare(connection, transaction, "INSERT INTO ArticleSearch (rowid, Title, Standfirst, Body, Captions) VALUES (@ArticleId, @Title, @Standfirst, @Body, @Captions)", IndexColumns)
            : Insert(connection, transaction, "ArticleSearch", IndexColumns);
        if (!isSqlite && connection.CanCreateBatch)
        {
            _batch = connection.CreateBatch();
            _batch.Transaction = transaction;
        }
    }

    /// <summary>The statements that find rows other than by primary key (an article's children, by its Id), for the query-plan tests.</summary>
    internal IEnumerable<string> LookupStatements => _deleteChildren.Select(c => c.CommandText);

    /// <summary>Writer on the context's connection, inside its current transaction.</summary>
    public static ArticleRows For(NewsDbContext db) =>
        new(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), db.Database.IsSqlite());

    /// <summary>Inserts a new article and its rows; sets its Id.</summary>
    public void Insert(Article article)
    {
        SetArticle(_insertArticle, article);
        article.Id = Convert.ToInt32(_insertArticle.ExecuteScalar());
        InsertChildren(article);
        Flush();
    }

    /// <summary>Replaces a stored article's fields, blocks and teasers.</summary>
    public void Replace(Article article)
    {
        foreach (var delete in _deleteChildren)
        {
            Set(delete, "ArticleId", article.Id);
            Run(delete);
        }

        SetArticle(_updateArticle, article);
        Set(_updateArticle, "Id", article.Id);
        Run(_updateArticle);
        InsertChildren(article);
        Flush();
    }

    /// <summary>Drops rows queued for the server but not sent, after a write failed.</summary>
    public void Discard() => _batch?.BatchCommands.Clear();

    public void Dispose()
    {
        _insertArticle.Dispose();
        _updateArticle.Dispose();
        _insertBlock.Dispose();
        _insertTeaser.Dispose();
        foreach (var delete in _deleteChildren)
        {
            delete.Dispose();
        }

        _index.Dispose();
        _batch?.Dispose();
    }

    private void InsertChildren(Article article)
    {
        // The search index: headline, standfirst, paragraphs, and figures' descriptions and captions.
        var figures = article.Blocks.Select(b => b.Figure).Prepend(article.LeadImage).OfType<FigureData>();
        Set(_index, "ArticleId", article.Id);
        Set(_index, "Title", article.Title);
        Set(_index, "Standfirst", article.Standfirst ?? "");
        Set(_index, "Body", string.Join('\n', article.Blocks.Where(b => b.Text is not null).Select(b => b.Text)));
        Set(_index, "Captions", string.Join('\n', figures.Select(f => $"{f.Alt} {f.Caption}")));
        Run(_index);

        foreach (var block in article.Blocks)
        {
            Set(_insertBlock, "ArticleId", article.Id);
            Set(_insertBlock, "Position", block.Position);
            Set(_insertBlock, "Kind", block.Kind.ToString());
            Set(_insertBlock, "Text", block.Text);
            Set(_insertBlock, "Markdown", block.Markdown);
            Set(_insertBlock, "FigureAlt", block.Figure?.Alt);
            Set(_insertBlock, "FigureCaption", block.Figure?.Caption);
            Set(_insertBlock, "FigureCredit", block.Figure?.Credit);
            Run(_insertBlock);
        }

        foreach (var teaser in article.Teasers)
        {
            Set(_insertTeaser, "ArticleId", article.Id);
            Set(_insertTeaser, "SectionSlug", teaser.SectionSlug);
            Set(_insertTeaser, "CapturedUtc", teaser.CapturedUtc);
            Set(_insertTeaser, "Position", teaser.Position);
            Set(_insertTeaser, "ImageAlt", teaser.ImageAlt);
            Set(_insertTeaser, "Headline", teaser.Headline);
            Run(_insertTeaser);
        }
    }

    // Executes the command now, or adds a copy of it, with its current values, to the batch.
    private void Run(DbCommand command)
    {
        if (_batch is null)
        {
            command.ExecuteNonQuery();
            return;
        }

        var row = _batch.CreateBatchCommand();
        row.CommandText = command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = row.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            row.Parameters.Add(copy);
        }

        _batch.BatchCommands.Add(row);
    }

    private void Flush()
    {
        if (_batch is { BatchCommands.Count: > 0 })
        {
            try
            {
                _batch.ExecuteNonQuery();
            }
            finally
            {
                _batch.BatchCommands.Clear();
            }
        }
    }

    private void SetArticle(DbCommand command, Article article)
    {
        Set(command, "Slug", article.Slug);
        Set(command, "Section", article.Section);
        Set(command, "SectionSlug", article.SectionSlug);
        Set(command, "FirstPath", article.FirstPath);
        Set(command, "Title", article.Title);
        Set(command, "Standfirst", article.Standfirst);
        Set(command, "Byline", article.Byline);
        Set(command, "PublishedUtc", article.PublishedUtc);
        Set(command, "LeadAlt", article.LeadImage?.Alt);
        Set(command, "LeadCaption", article.LeadImage?.Caption);
        Set(command, "LeadCredit", article.LeadImage?.Credit);
        Set(command, "SourceFile", article.SourceFile);
        Set(command, "ContentHash", article.ContentHash);
        Set(command, "ImportedUtc", article.ImportedUtc);
        Set(command, "UpdatedUtc", article.UpdatedUtc);
        Set(command, "WithdrawnUtc", article.WithdrawnUtc);
    }

    private void Set(DbCommand command, string name, object? value) =>
        command.Parameters[name].Value = value switch
        {
            null => DBNull.Value,
            DateTime time when _utcTimes => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            _ => value,
        };

    private static DbCommand Insert(DbConnection connection, DbTransaction transaction, string table, string columns) =>
        Prepare(connection, transaction, $"INSERT INTO \"{table}\" ({Quoted(columns)}) VALUES ({Parameters(columns)})", columns);

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, string columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var column in Names(columns))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = column;
            command.Parameters.Add(parameter);
        }

        // SQLite compiles each statement once here; Npgsql prepares them itself once they repeat
        // (Max Auto Prepare, NewsStore.From), as it cannot before their parameter types are known.
        if (connection is SqliteConnection)
        {
            command.Prepare();
        }

        return command;
    }

    private static IEnumerable<string> Names(string columns) => columns.Split(", ");

    private static string Quoted(string columns) => string.Join(", ", Names(columns).Select(c => $"\"{c}\""));

    private static string Parameters(string columns) => string.Join(", ", Names(columns).Select(c => "@" + c));
}
