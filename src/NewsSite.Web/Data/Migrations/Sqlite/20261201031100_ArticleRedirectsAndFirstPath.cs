using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsSite.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArticleRedirectsAndFirstPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FirstPath",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // A stored article's first URL, as far as the store knows, is its URL now: its feed GUID stays as it was.
            migrationBuilder.Sql("""UPDATE "Articles" SET "FirstPath" = '/' || "SectionSlug" || '/' || "Slug";""");

            migrationBuilder.CreateTable(
                name: "ArticleRedirects",
                columns: table => new
                {
                    SectionSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleRedirects", x => new { x.SectionSlug, x.Slug });
                    table.ForeignKey(
                        name: "FK_ArticleRedirects_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRedirects_ArticleId",
                table: "ArticleRedirects",
                column: "ArticleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleRedirects");

            migrationBuilder.DropColumn(
                name: "FirstPath",
                table: "Articles");
        }
    }
}
