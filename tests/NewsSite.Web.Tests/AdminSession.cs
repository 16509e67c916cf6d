using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsSite.Web.Tests;

/// <summary>A browser-like client for the admin area: keeps cookies, does not follow redirects, sends antiforgery tokens.</summary>
internal sealed class AdminSession(HttpClient client)
{
    public const string Name = "editor";
    public const string Password = "correct horse battery staple";

    public HttpClient Client { get; } = client;

    public static AdminSession Anonymous(NewsSiteFactory site, string baseAddress = "http://localhost") =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) }));

    /// <summary>Creates the admin account and signs in with it.</summary>
    public static async Task<AdminSession> SignedInAsync(NewsSiteFactory site)
    {
        await site.CreateAdminAsync(Name, Password);
        var session = Anonymous(site);
        using var response = await session.SignInAsync(Name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public Task<HttpResponseMessage> SignInAsync(string name, string password) =>
        PostFormAsync("/admin/login", new() { ["Name"] = name, ["Password"] = password });

    /// <summary>GETs the page, reads its antiforgery token, and POSTs the form with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(formPage ?? url.Split('?')[0]);
        return await Client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>POSTs files as the upload form does.</summary>
    public async Task<HttpResponseMessage> UploadAsync(params (string Name, string Text)[] files)
    {
        using var form = new MultipartFormDataContent { { new StringContent(await TokenAsync("/admin/upload")), "__RequestVerificationToken" } };
        foreach (var (name, text) in files)
        {
            form.Add(new StringContent(text), "files", name);
        }

        return await Client.PostAsync("/admin/upload", form);
    }

    /// <summary>
    /// A page's form as a browser would submit it with the button of that text: the button's
    /// action, every hidden and text field, and the checkboxes <paramref name="tick"/> picks by value
    /// (by default those already checked).
    /// </summary>
    public async Task<(string Action, List<KeyValuePair<string, string>> Fields)> ReadFormAsync(string page, string button, Func<string, bool>? tick = null)
    {
        var document = new HtmlParser().ParseDocument(await Client.GetStringAsync(page));
        var submit = document.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == button);
        var form = submit.Closest("form") ?? throw new InvalidOperationException($"{page}: the button {button} is in no form.");
        var fields = form.QuerySelectorAll("input[name]")
            .Where(input => input.GetAttribute("type") switch
            {
                "checkbox" => tick?.Invoke(input.GetAttribute("value") ?? "on") ?? input.HasAttribute("checked"),
                "file" => false,
                _ => true,
            })
            .Select(input => KeyValuePair.Create(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""))
            .ToList();
        return (submit.GetAttribute("formaction") ?? form.GetAttribute("action") ?? page, fields);
    }

    /// <summary>POSTs a form read by <see cref="ReadFormAsync"/>.</summary>
    public Task<HttpResponseMessage> SubmitAsync((string Action, List<KeyValuePair<string, string>> Fields) form) =>
        Client.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields));

    /// <summary>GETs the page and submits its form with the button of that text, as a browser would.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string page, string button, Func<string, bool>? tick = null) =>
        await SubmitAsync(await ReadFormAsync(page, button, tick));

    public async Task<string> TokenAsync(string page)
    {
        var html = await Client.GetStringAsync(page);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{page} has no antiforgery token.");
    }

    /// <summary>
    /// Presses "Re-import seeds": the POST answers at once with 303 to /admin, where the import
    /// runs on in the background; waits until /admin links its report, and returns the report page.
    /// </summary>
    public async Task<AngleSharp.Html.Dom.IHtmlDocument> ReimportAsync()
    {
        using (var pressed = await PostFormAsync("/admin?handler=Reimport", []))
        {
            Assert.Equal(HttpStatusCode.SeeOther, pressed.StatusCode);
            Assert.Equal("/admin", pressed.Headers.Location?.OriginalString);
        }

        return new HtmlParser().ParseDocument(await Client.GetStringAsync(await WaitForImportAsync()));
    }

    /// <summary>Reads /admin, as its refresh does, until the import it shows has finished (a minute at most), and returns the link to its report.</summary>
    public async Task<string> WaitForImportAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var status = new HtmlParser().ParseDocument(await Client.GetStringAsync("/admin")).QuerySelector(".import-status");
            Assert.NotNull(status);
            if (status.QuerySelector("a.import-report")?.GetAttribute("href") is { } report)
            {
                return report;
            }

            Assert.True(status.TextContent.StartsWith("Importing", StringComparison.Ordinal), status.TextContent);
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), "The import had not finished after a minute.");
            await Task.Delay(50);
        }
    }

    /// <summary>Follows a redirect from a POST and returns the page it leads to.</summary>
    public async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Page)> FollowAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var next = await Client.GetAsync(response.Headers.Location);
        return (next.StatusCode, new HtmlParser().ParseDocument(await next.Content.ReadAsStringAsync()));
    }
}
