using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>
/// Writes articles with their blocks, teasers and search-index row through prepared SQLite commands on the
/// import's own connection and transaction. An import writes hundreds of thousands of rows;
/// EF Core's change tracking costs several times more per row (docs/benchmarks.md), so this one
/// hot path writes the columns of the EF model directly. The HTTP and round-trip tests read
/// everything back through EF.
/// </summary>
internal sealed class ArticleRows : IDisposable
{
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _updateArticle;
    private readonly SqliteCommand _insertBlock;
    private readonly SqliteCommand _insertTeaser;
    private readonly SqliteCommand _deleteChildren;
    private readonly SqliteCommand _index;

    private ArticleRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        const string ArticleColumns = "Slug, Section, SectionSlug, Title, Standfirst, Byline, PublishedUtc, LeadAlt, LeadCaption, LeadCredit, SourceFile, ContentHash, ImportedUtc, UpdatedUtc, WithdrawnUtc";
        _insertArticle = Prepare(connection, transaction, $"INSERT INTO Articles ({ArticleColumns}) VALUES ({Parameters(ArticleColumns)}) RETURNING Id", ArticleColumns);
        _updateArticle = Prepare(
            connection,
            transaction,
            $"UPDATE Articles SET {string.Join(", ", Names(ArticleColumns).Where(c => c != "ImportedUtc").Select(c => $"{c} = ${c}"))} WHERE Id = $Id",
            ArticleColumns + ", Id");
        _insertBlock = Prepare(connection, transaction, "INSERT INTO ArticleBlocks (ArticleId, Position, Kind, Text, Markdown, FigureAlt, FigureCaption, FigureCredit) VALUES ($ArticleId, $Position, $Kind, $Text, $Markdown, $FigureAlt, $FigureCaption, $FigureCredit)", "ArticleId, Position, Kind, Text, Markdown, FigureAlt, FigureCaption, FigureCredit");
        _insertTeaser = Prepare(connection, transaction, "INSERT INTO Teasers (ArticleId, SectionSlug, CapturedUtc, Position, ImageAlt, Headline) VALUES ($ArticleId, $SectionSlug, $CapturedUtc, $Position, $ImageAlt, $Headline)", "ArticleId, SectionSlug, CapturedUtc, Position, ImageAlt, Headline");
        _deleteChildren = Prepare(connection, transaction, "DELETE FROM ArticleBlocks WHERE ArticleId = $ArticleId; DELETE FROM Teasers WHERE ArticleId = $ArticleId; DELETE FROM ArticleSearch WHERE rowid = $ArticleId", "ArticleId");
        _index = Prepare(connection, transaction, "INSERT INTO ArticleSearch (rowid, Title, Standfirst, Body, Captions) VALUES ($ArticleId, $Title, $Standfirst, $Body, $Captions)", "ArticleId, Title, Standfirst, Body, Captions");
    }

    /// <summary>Writer on the context's connection, inside its current transaction.</summary>
    public static ArticleRows For(NewsDbContext db) =>
        new((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction());

    /// <summary>Inserts a new article and its rows; sets its Id.</summary>
    public void Insert(Article article)
    {
        SetArticle(_insertArticle, article);
        article.Id = Convert.ToInt32(_insertArticle.ExecuteScalar());
        InsertChildren(article);
    }

    /// <summary>Replaces a stored article's fields, blocks and teasers.</summary>
    public void Replace(Article article)
    {
        _deleteChildren.Parameters["$ArticleId"].Value = article.Id;
        _deleteChildren.ExecuteNonQuery();
        SetArticle(_updateArticle, article);
        _updateArticle.Parameters["$Id"].Value = article.Id;
        _updateArticle.ExecuteNonQuery();
        InsertChildren(article);
    }

    public void Dispose()
    {
        _insertArticle.Dispose();
        _updateArticle.Dispose();
        _insertBlock.Dispose();
        _insertTeaser.Dispose();
        _deleteChildren.Dispose();
        _index.Dispose();
    }

    private void InsertChildren(Article article)
    {
        // The search index: headline, standfirst, paragraphs, and figures' descriptions and captions.
        var figures = article.Blocks.Select(b => b.Figure).Prepend(article.LeadImage).OfType<FigureData>();
        Set(_index, "$ArticleId", article.Id);
        Set(_index, "$Title", article.Title);
        Set(_index, "$Standfirst", article.Standfirst ?? "");
        Set(_index, "$Body", string.Join('\n', article.Blocks.Where(b => b.Text is not null).Select(b => b.Text)));
        Set(_index, "$Captions", string.Join('\n', figures.Select(f => $"{f.Alt} {f.Caption}")));
        _index.ExecuteNonQuery();

        foreach (var block in article.Blocks)
        {
            Set(_insertBlock, "$ArticleId", article.Id);
            Set(_insertBlock, "$Position", block.Position);
            Set(_insertBlock, "$Kind", block.Kind.ToString());
            Set(_insertBlock, "$Text", block.Text);
            Set(_insertBlock, "$Markdown", block.Markdown);
            Set(_insertBlock, "$FigureAlt", block.Figure?.Alt);
            Set(_insertBlock, "$FigureCaption", block.Figure?.Caption);
            Set(_insertBlock, "$FigureCredit", block.Figure?.Credit);
            _insertBlock.ExecuteNonQuery();
        }

        foreach (var teaser in article.Teasers)
        {
            Set(_insertTeaser, "$ArticleId", article.Id);
            Set(_insertTeaser, "$SectionSlug", teaser.SectionSlug);
            Set(_insertTeaser, "$CapturedUtc", teaser.CapturedUtc);
            Set(_insertTeaser, "$Position", teaser.Position);
            Set(_insertTeaser, "$ImageAlt", teaser.ImageAlt);
            Set(_insertTeaser, "$Headline", teaser.Headline);
            _insertTeaser.ExecuteNonQuery();
        }
    }

    private static void SetArticle(SqliteCommand command, Article article)
    {
        Set(command, "$Slug", article.Slug);
        Set(command, "$Section", article.Section);
        Set(command, "$SectionSlug", article.SectionSlug);
        Set(command, "$Title", article.Title);
        Set(command, "$Standfirst", article.Standfirst);
        Set(command, "$Byline", article.Byline);
        Set(command, "$PublishedUtc", article.PublishedUtc);
        Set(command, "$LeadAlt", article.LeadImage?.Alt);
        Set(command, "$LeadCaption", article.LeadImage?.Caption);
        Set(command, "$LeadCredit", article.LeadImage?.Credit);
        Set(command, "$SourceFile", article.SourceFile);
        Set(command, "$ContentHash", article.ContentHash);
        Set(command, "$ImportedUtc", article.ImportedUtc);
        Set(command, "$UpdatedUtc", article.UpdatedUtc);
        Set(command, "$WithdrawnUtc", article.WithdrawnUtc);
    }

    private static void Set(SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, string columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var column in Names(columns))
        {
            command.Parameters.Add(new SqliteParameter("$" + column, null));
        }

        command.Prepare();
        return command;
    }

    private static IEnumerable<string> Names(string columns) => columns.Split(", ");

    private static string Parameters(string columns) => string.Join(", ", Names(columns).Select(c => "$" + c));
}
