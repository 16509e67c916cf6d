using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsSite.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:case_insensitive", "und-u-ks-level2,und-u-ks-level2,icu,False");

            migrationBuilder.CreateTable(
                name: "Admins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "case_insensitive"),
                    PasswordHash = table.Column<string>(type: "text", nullable: false),
                    FailedSignIns = table.Column<int>(type: "integer", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SecurityStamp = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Admins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "text", nullable: false),
                    Section = table.Column<string>(type: "text", nullable: false),
                    SectionSlug = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Standfirst = table.Column<string>(type: "text", nullable: true),
                    Byline = table.Column<string>(type: "text", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeadAlt = table.Column<string>(type: "text", nullable: true),
                    LeadCaption = table.Column<string>(type: "text", nullable: true),
                    LeadCredit = table.Column<string>(type: "text", nullable: true),
                    SourceFile = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Duration = table.Column<TimeSpan>(type: "interval", nullable: false),
                    Trigger = table.Column<string>(type: "text", nullable: false),
                    StartedBy = table.Column<string>(type: "text", nullable: true),
                    Folder = table.Column<string>(type: "text", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<int>(type: "integer", nullable: false),
                    Restored = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    Files = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sections",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ArticleCount = table.Column<int>(type: "integer", nullable: false),
                    TeaserCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sections", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "SectionTeasers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SectionSlug = table.Column<string>(type: "text", nullable: false),
                    Headline = table.Column<string>(type: "text", nullable: false),
                    CapturedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionTeasers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArticleBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Markdown = table.Column<string>(type: "text", nullable: true),
                    FigureAlt = table.Column<string>(type: "text", nullable: true),
                    FigureCaption = table.Column<string>(type: "text", nullable: true),
                    FigureCredit = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleBlocks_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    ReplacedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportRunId = table.Column<int>(type: "integer", nullable: true),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    SeedText = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Revisions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Teasers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    SectionSlug = table.Column<string>(type: "text", nullable: false),
                    CapturedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ImageAlt = table.Column<string>(type: "text", nullable: true),
                    Headline = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teasers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teasers_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Admins_Name",
                table: "Admins",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleBlocks_ArticleId_Position",
                table: "ArticleBlocks",
                columns: new[] { "ArticleId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionSlug_Slug",
                table: "Articles",
                columns: new[] { "SectionSlug", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionSlug_WithdrawnUtc_PublishedUtc",
                table: "Articles",
                columns: new[] { "SectionSlug", "WithdrawnUtc", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceFile",
                table: "Articles",
                column: "SourceFile",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Title",
                table: "Articles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_WithdrawnUtc_PublishedUtc",
                table: "Articles",
                columns: new[] { "WithdrawnUtc", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_StartedUtc",
                table: "ImportRuns",
                column: "StartedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_ArticleId_ReplacedUtc",
                table: "Revisions",
                columns: new[] { "ArticleId", "ReplacedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Sections_Name",
                table: "Sections",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_SectionTeasers_SectionSlug_CapturedUtc_Position_Headline",
                table: "SectionTeasers",
                columns: new[] { "SectionSlug", "CapturedUtc", "Position", "Headline" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Teasers_ArticleId_Position",
                table: "Teasers",
                columns: new[] { "ArticleId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teasers_SectionSlug_Headline",
                table: "Teasers",
                columns: new[] { "SectionSlug", "Headline" });

            // Full-text search: one row per article, kept in step by the importer. The document is
            // weighted as SQLite's BM25 weights the columns: headline A, standfirst B, captions C, body D.
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleSearch" (
                    "ArticleId" integer PRIMARY KEY REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    "Title" text NOT NULL,
                    "Standfirst" text NOT NULL,
                    "Body" text NOT NULL,
                    "Captions" text NOT NULL,
                    "Document" tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', "Title"), 'A') ||
                        setweight(to_tsvector('english', "Standfirst"), 'B') ||
                        setweight(to_tsvector('english', "Captions"), 'C') ||
                        setweight(to_tsvector('english', "Body"), 'D')) STORED);
                CREATE INDEX "IX_ArticleSearch_Document" ON "ArticleSearch" USING GIN ("Document");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "ArticleSearch";""");

            migrationBuilder.DropTable(
                name: "Admins");

            migrationBuilder.DropTable(
                name: "ArticleBlocks");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "Sections");

            migrationBuilder.DropTable(
                name: "SectionTeasers");

            migrationBuilder.DropTable(
                name: "Teasers");

            migrationBuilder.DropTable(
                name: "Articles");
        }
    }
}
