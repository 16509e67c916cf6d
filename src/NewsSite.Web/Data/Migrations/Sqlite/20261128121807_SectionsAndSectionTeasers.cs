using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SectionsAndSectionTeasers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Teasers_Headline",
                table: "Teasers");

            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedUtc",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SectionSlug_PublishedUtc",
                table: "Articles");

            migrationBuilder.CreateTable(
                name: "Sections",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    ArticleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TeaserCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sections", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "SectionTeasers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SectionSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Headline = table.Column<string>(type: "TEXT", nullable: false),
                    CapturedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionTeasers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionSlug_WithdrawnUtc_PublishedUtc",
                table: "Articles",
                columns: new[] { "SectionSlug", "WithdrawnUtc", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_WithdrawnUtc_PublishedUtc",
                table: "Articles",
                columns: new[] { "WithdrawnUtc", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Sections_Name",
                table: "Sections",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_SectionTeasers_SectionSlug_CapturedUtc_Position_Headline",
                table: "SectionTeasers",
                columns: new[] { "SectionSlug", "CapturedUtc", "Position", "Headline" },
                descending: new[] { false, true, false, false });

            // Stores created before this migration get their sections derived now; imports keep them current.
            migrationBuilder.Sql("""
                INSERT INTO SectionTeasers (SectionSlug, Headline, CapturedUtc, Position)
                SELECT t.SectionSlug, t.Headline, MAX(t.CapturedUtc), MIN(t.Position)
                FROM Teasers AS t
                JOIN Articles AS a ON a.Id = t.ArticleId AND a.WithdrawnUtc IS NULL
                WHERE NOT EXISTS (SELECT 1 FROM Articles AS b WHERE b.Title = t.Headline AND b.SectionSlug = t.SectionSlug AND b.WithdrawnUtc IS NULL)
                GROUP BY t.SectionSlug, t.Headline;
                INSERT INTO Sections (Slug, Name, ArticleCount, TeaserCount)
                SELECT a.SectionSlug, MAX(a.Section), COUNT(*), (SELECT COUNT(*) FROM SectionTeasers AS s WHERE s.SectionSlug = a.SectionSlug)
                FROM Articles AS a
                WHERE a.WithdrawnUtc IS NULL
                GROUP BY a.SectionSlug;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Sections");

            migrationBuilder.DropTable(
                name: "SectionTeasers");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SectionSlug_WithdrawnUtc_PublishedUtc",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_WithdrawnUtc_PublishedUtc",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Teasers_Headline",
                table: "Teasers",
                column: "Headline");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedUtc",
                table: "Articles",
                column: "PublishedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionSlug_PublishedUtc",
                table: "Articles",
                columns: new[] { "SectionSlug", "PublishedUtc" });
        }
    }
}
