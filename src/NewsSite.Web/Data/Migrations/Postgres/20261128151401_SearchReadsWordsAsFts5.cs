using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchReadsWordsAsFts5 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search reads words as SQLite's FTS5 table does (porter unicode61 remove_diacritics), so
            // readers get the same answers on either store: punctuation only separates words
            // ("Covid-19" is "covid 19", "bbc.co.uk" is "bbc co uk"), accents are folded, words are
            // stemmed by the original Porter stemmer, and no word is a stop word ("The Who" is found).
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE TEXT SEARCH DICTIONARY newssite_porter (TEMPLATE = snowball, LANGUAGE = porter);
                CREATE TEXT SEARCH CONFIGURATION newssite_english (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION newssite_english
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, newssite_porter;
                ALTER TABLE "ArticleSearch" DROP COLUMN "Document";
                ALTER TABLE "ArticleSearch" ADD COLUMN "Document" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('newssite_english', regexp_replace("Title", '[[:punct:]]+', ' ', 'g')), 'A') ||
                    setweight(to_tsvector('newssite_english', regexp_replace("Standfirst", '[[:punct:]]+', ' ', 'g')), 'B') ||
                    setweight(to_tsvector('newssite_english', regexp_replace("Captions", '[[:punct:]]+', ' ', 'g')), 'C') ||
                    setweight(to_tsvector('newssite_english', regexp_replace("Body", '[[:punct:]]+', ' ', 'g')), 'D')) STORED;
                CREATE INDEX "IX_ArticleSearch_Document" ON "ArticleSearch" USING GIN ("Document");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "ArticleSearch" DROP COLUMN "Document";
                ALTER TABLE "ArticleSearch" ADD COLUMN "Document" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', "Title"), 'A') ||
                    setweight(to_tsvector('english', "Standfirst"), 'B') ||
                    setweight(to_tsvector('english', "Captions"), 'C') ||
                    setweight(to_tsvector('english', "Body"), 'D')) STORED;
                CREATE INDEX "IX_ArticleSearch_Document" ON "ArticleSearch" USING GIN ("Document");
                DROP TEXT SEARCH CONFIGURATION newssite_english;
                DROP TEXT SEARCH DICTIONARY newssite_porter;
                """);
        }
    }
}
