using System.Diagnostics;

namespace NewsSite.Web.Tests;

/// <summary>
/// A test that checks the site's output with a real tool from Debian (xmllint, python3-feedparser).
/// Where the tool is missing the test is skipped; .ci/run installs the tools and sets
/// NEWSSITE_EXTERNAL_TOOLS=required, so in CI a missing tool fails instead.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] paths)
    {
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("NEWSSITE_EXTERNAL_TOOLS") != "required")
        {
            Skip = $"{string.Join(", ", missing)} not installed (.ci/run installs it).";
        }
    }
}

internal static class ExternalTool
{
    public const string Xmllint = "/usr/bin/xmllint";
    public const string Python = "/usr/bin/python3";
    public const string FeedParser = "/usr/lib/python3/dist-packages/feedparser/__init__.py";

    /// <summary>Runs a tool with text on standard input; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string input, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName, args) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
