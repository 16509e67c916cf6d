using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArticleSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text search (SQLite FTS5, Porter stemming): one row per article, rowid = Articles.Id,
            // kept in step by the importer. Filled here for stores that already hold articles.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ArticleSearch USING fts5(Title, Standfirst, Body, Captions, tokenize = 'porter unicode61 remove_diacritics 2');
                INSERT INTO ArticleSearch (rowid, Title, Standfirst, Body, Captions)
                SELECT a.Id, a.Title, coalesce(a.Standfirst, ''),
                    coalesce((SELECT group_concat(b.Text, char(10)) FROM ArticleBlocks AS b WHERE b.ArticleId = a.Id AND b.Kind = 'Paragraph'), ''),
                    trim(coalesce(a.LeadAlt, '') || ' ' || coalesce(a.LeadCaption, '') || char(10) ||
                        coalesce((SELECT group_concat(coalesce(b.FigureAlt, '') || ' ' || coalesce(b.FigureCaption, ''), char(10)) FROM ArticleBlocks AS b WHERE b.ArticleId = a.Id AND b.Kind = 'Figure'), ''))
                FROM Articles AS a;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ArticleSearch;");
        }
    }
}
