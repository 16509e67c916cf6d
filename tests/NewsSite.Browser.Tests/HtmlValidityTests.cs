using System.Diagnostics;
using System.Text.Json;

namespace NewsSite.Browser.Tests;

[Collection(SiteOnPortCollection.Name)]
public class HtmlValidityTests(SiteOnPort server)
{
    [VnuFact]
    public async Task NuHtmlChecker_FindsNoErrors()
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var problems = new List<string>();
        foreach (var path in AccessibilityTests.Pages)
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            var messages = await CheckAsync(html);

            problems.AddRange(messages.Select(m => $"{path}:{m}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [VnuFact]
    public async Task NuHtmlChecker_ReportsABrokenPage()
    {
        var messages = await CheckAsync("<!DOCTYPE html><html lang=en><title>x</title><p><div></span>");

        Assert.NotEmpty(messages);
    }

    // The checker refuses loopback URLs, so the page is piped in (see TOOLING.md).
    private static async Task<List<string>> CheckAsync(string html)
    {
        var jar = BrowserEnvironment.VnuJar ?? throw new InvalidOperationException("VNU_JAR is not set to the Nu HTML Checker's vnu.jar.");
        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "json", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(html);
        process.StandardInput.Close();
        var report = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        using var json = JsonDocument.Parse(report[report.IndexOf('{')..]);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
    }
}
