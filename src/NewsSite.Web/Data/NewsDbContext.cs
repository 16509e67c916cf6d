using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Data;

/// <summary>
/// The store. Each database provider has a context of its own (<see cref="SqliteNewsDbContext"/>,
/// <see cref="PostgresNewsDbContext"/>) with its own migrations; code uses this base type.
/// </summary>
public abstract class NewsDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The collation that makes admin names case-insensitive, named as the provider names it.</summary>
    protected abstract string CaseInsensitiveCollation { get; }

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<SidebarTeaser> Teasers => Set<SidebarTeaser>();

    public DbSet<ArticleRedirect> ArticleRedirects => Set<ArticleRedirect>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<SectionTeaser> SectionTeasers => Set<SectionTeaser>();

    public DbSet<ArticleRevision> Revisions => Set<ArticleRevision>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<AdminUser> Admins => Set<AdminUser>();

    /// <summary>ASP.NET Core Data Protection keys (sign-in cookies, antiforgery), shared by every node using this store.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    private const string PublishedOnly = "\"WithdrawnUtc\" IS NULL";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>(article =>
        {
            article.HasIndex(a => new { a.SectionSlug, a.Slug }).IsUnique();
            article.HasIndex(a => a.SourceFile).IsUnique();
            // Readers' lists: published articles, newest first, ties by Id (ArticleQueries.Newest).
            // Partial indexes of the published rows read a page in order on SQLite and PostgreSQL alike
            // (PostgreSQL does not order by an index after an IS NULL on its first column).
            article.HasIndex(a => new { a.PublishedUtc, a.Id }, "IX_Articles_Published").HasFilter(PublishedOnly);
            article.HasIndex(a => new { a.SectionSlug, a.PublishedUtc, a.Id }, "IX_Articles_SectionSlug_Published").HasFilter(PublishedOnly);
            article.HasIndex(a => a.Title);
            // The import's section refresh asks, per captured teaser, whether the section publishes that headline.
            article.HasIndex(a => new { a.SectionSlug, a.Title }, "IX_Articles_SectionSlug_Title").HasFilter(PublishedOnly);
            article.OwnsOne(a => a.LeadImage, figure => ConfigureFigure(figure, "Lead"));
            article.HasMany(a => a.Blocks).WithOne().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Teasers).WithOne(t => t.Article).HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany<ArticleRevision>().WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany<ArticleRedirect>().WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ArticleRedirect>().HasKey(r => new { r.SectionSlug, r.Slug });

        modelBuilder.Entity<Section>(section =>
        {
            section.HasKey(s => s.Slug);
            section.HasIndex(s => s.Name);
        });
        modelBuilder.Entity<SectionTeaser>().HasIndex(t => new { t.SectionSlug, t.CapturedUtc, t.Position, t.Headline }).IsDescending(false, true, false, false);

        modelBuilder.Entity<ArticleRevision>().HasIndex(r => new { r.ArticleId, r.ReplacedUtc });

        modelBuilder.Entity<ImportRun>(run =>
        {
            run.HasIndex(r => r.StartedUtc);
            run.OwnsMany(r => r.Files, files => files.ToJson());
        });

        modelBuilder.Entity<AdminUser>(admin =>
        {
            admin.ToTable("Admins");
            admin.HasIndex(a => a.Name).IsUnique();
            admin.Property(a => a.Name).UseCollation(CaseInsensitiveCollation);
        });

        modelBuilder.Entity<ArticleBlock>(block =>
        {
            block.ToTable("ArticleBlocks");
            block.HasIndex(b => new { b.ArticleId, b.Position }).IsUnique();
            block.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
            block.OwnsOne(b => b.Figure, figure => ConfigureFigure(figure, "Figure"));
        });

        modelBuilder.Entity<SidebarTeaser>(teaser =>
        {
            teaser.ToTable("Teasers");
            teaser.HasIndex(t => new { t.ArticleId, t.Position }).IsUnique();
            teaser.HasIndex(t => new { t.SectionSlug, t.Headline });
        });
    }

    private static void ConfigureFigure<TOwner>(OwnedNavigationBuilder<TOwner, FigureData> figure, string prefix)
        where TOwner : class
    {
        figure.Property(f => f.Alt).HasColumnName(prefix + "Alt");
        figure.Property(f => f.Caption).HasColumnName(prefix + "Caption");
        figure.Property(f => f.Credit).HasColumnName(prefix + "Credit");
    }
}
