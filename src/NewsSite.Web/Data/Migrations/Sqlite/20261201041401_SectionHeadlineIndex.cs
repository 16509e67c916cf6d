using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SectionHeadlineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionSlug_Title",
                table: "Articles",
                columns: new[] { "SectionSlug", "Title" },
                filter: "\"WithdrawnUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_SectionSlug_Title",
                table: "Articles");
        }
    }
}
