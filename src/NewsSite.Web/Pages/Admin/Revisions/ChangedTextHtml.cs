using Microsoft.AspNetCore.Html;
using NewsSite.Web.Admin;

namespace NewsSite.Web.Pages.Admin.Revisions;

/// <summary>A changed text as HTML: its runs encoded and joined as they are, the changed words in <c>mark</c>.</summary>
public static class ChangedTextHtml
{
    public static IHtmlContent Of(IReadOnlyList<TextRun> runs)
    {
        var html = new HtmlContentBuilder(runs.Count * 3);
        foreach (var run in runs)
        {
            if (run.Changed)
            {
                html.AppendHtml("<mark>").Append(run.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(run.Text);
            }
        }

        return html;
    }
}
