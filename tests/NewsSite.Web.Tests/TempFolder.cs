namespace NewsSite.Web.Tests;

/// <summary>A new empty folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = TestPaths.NewTempFolder();

    public static implicit operator string(TempFolder folder) => folder.Path;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
