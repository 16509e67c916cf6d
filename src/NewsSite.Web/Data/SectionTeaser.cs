namespace NewsSite.Web.Data;

/// <summary>
/// One teaser headline of a section as its lists show it: each headline once, only while no
/// published article of the section has that headline, dated by its newest capture. Derived
/// from <see cref="SidebarTeaser"/> rows by the importer.
/// </summary>
public class SectionTeaser
{
    public int Id { get; set; }

    public required string SectionSlug { get; set; }

    public required string Headline { get; set; }

    /// <summary>The publish time of the newest article whose sidebar captured it.</summary>
    public DateTime CapturedUtc { get; set; }

    /// <summary>Its place in that sidebar.</summary>
    public int Position { get; set; }
}
