using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublishedArticleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_SectionSlug_WithdrawnUtc_PublishedUtc",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_WithdrawnUtc_PublishedUtc",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Published",
                table: "Articles",
                columns: new[] { "PublishedUtc", "Id" },
                filter: "\"WithdrawnUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionSlug_Published",
                table: "Articles",
                columns: new[] { "SectionSlug", "PublishedUtc", "Id" },
                filter: "\"WithdrawnUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Published",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SectionSlug_Published",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionSlug_WithdrawnUtc_PublishedUtc",
                table: "Articles",
                columns: new[] { "SectionSlug", "WithdrawnUtc", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_WithdrawnUtc_PublishedUtc",
                table: "Articles",
                columns: new[] { "WithdrawnUtc", "PublishedUtc" });
        }
    }
}
