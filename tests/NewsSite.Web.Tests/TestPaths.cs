namespace NewsSite.Web.Tests;

/// <summary>Where the repository's files are, found from the test binaries.</summary>
internal static class TestPaths
{
    public const string ExampleSeed = "000_20ca1ab23c72d2da";

    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Inputs and expected outputs the tests compare against, committed under tests/Fixtures.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    /// <summary>A new empty folder under the system temp folder.</summary>
    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "newssite-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsSite.sln not found above " + AppContext.BaseDirectory);
    }
}
