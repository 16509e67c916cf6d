using System.Globalization;

namespace NewsSite.Web.Pages.Shared;

/// <summary>Reads the <c>?page=</c> value: anything that is not a positive number is page 1, never an error.</summary>
public static class PageNumber
{
    public static int Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
}
