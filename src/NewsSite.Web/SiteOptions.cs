using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web;

/// <summary>How the site presents itself (section "Site").</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The site's name in the header and page titles.</summary>
    [Required]
    public string Name { get; set; } = "NewsSite";

    /// <summary>One line about the site, for the home page's description.</summary>
    [Required]
    public string Description { get; set; } = "The latest news, calmly presented.";

    /// <summary>The public address, e.g. "https://news.example.org", for canonical links and feeds; unset: the request's own.</summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>The section of an article whose seed names none (it has no sidebar).</summary>
    [Required]
    public string DefaultSection { get; set; } = "News";

    /// <summary>Keep rendered reader pages in the output cache until an import changes them (off only to measure the pages themselves).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>
    /// A folder served as plain static files under <c>/_files/</c>; unset, nothing is. The load
    /// script serves a page's bytes from here to compare the page with a static file.
    /// </summary>
    public string? ExtraStaticFilesPath { get; set; }

    /// <summary>How many headlines the "Latest … News" sidebar shows.</summary>
    [Range(1, 100)]
    public int SidebarSize { get; set; } = 16;

    /// <summary>How many items a list page shows.</summary>
    [Range(1, 200)]
    public int PageSize { get; set; } = 20;
}
