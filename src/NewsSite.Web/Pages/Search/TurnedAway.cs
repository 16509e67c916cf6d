using System.Net;

namespace NewsSite.Web.Pages.Search;

/// <summary>
/// The short page a search that is turned away gets (429 over the rate limit, 503 while the store
/// runs and queues as many searches as it may): written without the layout, which asks the store
/// for the sections, so that turning a flood of searches away costs next to nothing.
/// </summary>
public static class TurnedAway
{
    public static string Html(string title, string message) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{WebUtility.HtmlEncode(title)}</title></head>
        <body>
        <h1>{WebUtility.HtmlEncode(title)}</h1>
        <p>{WebUtility.HtmlEncode(message)}</p>
        <p><a href="/">Go to the front page</a></p>
        </body>
        </html>
        """;
}
