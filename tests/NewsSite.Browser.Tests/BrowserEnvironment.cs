namespace NewsSite.Browser.Tests;

/// <summary>
/// The browser and HTML checker these tests drive. On a machine without them the tests are
/// skipped; .ci/run installs both and sets NEWSSITE_BROWSER_TESTS=required, so in CI a missing
/// tool fails the run instead of skipping it.
/// </summary>
internal static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable("NEWSSITE_BROWSER_TESTS") == "required";

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>The Nu HTML Checker's jar, from VNU_JAR (set by .ci/run after it installs vnu-jar).</summary>
    public static string? VnuJar => Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } path && File.Exists(path) ? path : null;

    /// <summary>Where screenshots are kept as CI artifacts: TestResults/ at the repository's top (git-ignored).</summary>
    public static string ScreenshotFolder => Path.Combine(Web.Tests.TestPaths.Root, "TestResults", "screenshots");
}

/// <summary>A test that needs Chromium: skipped where it is missing, unless browser tests are required.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserEnvironment.HasChromium && !BrowserEnvironment.Required)
        {
            Skip = $"Chromium is not installed at {BrowserEnvironment.ChromiumPath} (.ci/run installs it).";
        }
    }
}

/// <summary>A test that needs the Nu HTML Checker: skipped where it is missing, unless browser tests are required.</summary>
public sealed class VnuFactAttribute : FactAttribute
{
    public VnuFactAttribute()
    {
        if (BrowserEnvironment.VnuJar is null && !BrowserEnvironment.Required)
        {
            Skip = "The Nu HTML Checker is not installed (.ci/run installs vnu-jar and sets VNU_JAR).";
        }
    }
}
