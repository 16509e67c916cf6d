namespace NewsSite.Web.Pages.Shared;

/// <summary>Previous/next links of a paginated list.</summary>
/// <param name="Path">The list's URL without its page, e.g. "/world" or "/search?q=harbour".</param>
public sealed record Pager(string Path, int Page, int TotalItems, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalItems + PageSize - 1) / PageSize);

    public string? PreviousUrl => Page > 1 ? UrlFor(Page - 1) : null;

    public string? NextUrl => Page < PageCount ? UrlFor(Page + 1) : null;

    public string UrlFor(int page) => page == 1 ? Path : $"{Path}{(Path.Contains('?') ? '&' : '?')}page={page}";
}
