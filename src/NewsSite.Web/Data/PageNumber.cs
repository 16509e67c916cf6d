using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace NewsSite.Web.Data;

/// <summary>
/// The page of a paged address — <c>?page=N</c> of section lists, search, the API and the admin's
/// import history, and <c>/sitemaps/articles-N.xml</c> — and the one paging rule of the site. A page
/// is written in decimal digits without sign or leading zero, 1 to 2,147,483,647; an absent
/// <c>?page=</c> is page 1. Anything else, and a page past the end of its list, is no page: the
/// address answers 404, never another page, so such addresses never fill the output cache.
/// </summary>
/// <param name="Value">The page, from 1.</param>
public readonly record struct PageNumber(int Value)
{
    public static PageNumber First { get; } = new(1);

    /// <summary>The page an address names, or null when the text is not a page number ("0", "-1", "01", "1e3", "2147483648", "abc").</summary>
    public static PageNumber? Parse(string? text) =>
        text is { Length: > 0 } && text[0] != '0' && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            ? new PageNumber(page)
            : null;

    /// <summary>The page a query's <c>page</c> values name: page 1 when it has none, null when the value is not a page number or is given twice.</summary>
    public static PageNumber? FromQuery(StringValues values) => values.Count switch
    {
        0 => First,
        1 => Parse(values[0]),
        _ => null,
    };

    /// <summary>
    /// How many items of the list come before this page, or null when the page is past the list's
    /// end. Page 1 always exists (an empty list shows that it is empty).
    /// </summary>
    /// <param name="totalItems">The list's length.</param>
    /// <param name="pageSize">Items a page, from 1.</param>
    public int? Offset(int totalItems, int pageSize)
    {
        // In 64 bits: (2,147,483,647 - 1) × 50,000 does not fit an int, and must never wrap to a small or negative offset.
        var offset = checked((long)(Value - 1) * pageSize);
        return Value == 1 || offset < totalItems ? (int)offset : null;
    }
}
