using System.Globalization;

namespace NewsSite.Web.Pages.Shared;

/// <summary>Reads the <c>?page=</c> value: anything that is not a positive number is page 1, never an error.</summary>
public static class PageNumber
{
    // Far past any real list, and small enough that page × page size never overflows.
    private const int Max = 1_000_000;

    public static int Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? Math.Min(page, Max) : 1;
}
