using System.Text.RegularExpressions;

namespace NewsSite.Web.Tests;

/// <summary>A fresh clone is all a user has: nothing may reach outside it.</summary>
public class RepositoryTests
{
    // The folder beside the clone, as a relative path with either slash or as quoted path parts.
    private static readonly Regex BesideTheClone = new(@"\.\.[/\\]shar[e]d\b|""\.\.""\s*,\s*""shar[e]d""|""shar[e]d""", RegexOptions.IgnoreCase);

    private static readonly HashSet<string> NotTheProjects = new(StringComparer.Ordinal) { ".git", ".ci", "bin", "obj", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts" };

    [Fact]
    public void NoFileOfTheProject_ReadsAFolderBesideTheClone()
    {
        var offenders = Files(TestPaths.Root)
            .Where(file => BesideTheClone.IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(TestPaths.Root, file))
            .ToList();

        Assert.True(offenders.Count == 0, "these files read a folder a user's clone does not have: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Guard_FindsEveryFormOfThePath()
    {
        string[] forms = ["Path.Combine(root, \"..\", \"shar" + "ed\", \"seeds\")", "cat ../shar" + "ed/seeds/x.json", @"..\shar" + @"ed\seeds"];

        Assert.All(forms, form => Assert.Matches(BesideTheClone, form));
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder).Where(IsText)
            .Concat(Directory.EnumerateDirectories(folder).Where(d => !NotTheProjects.Contains(Path.GetFileName(d))).SelectMany(Files));

    private static bool IsText(string file) => Path.GetExtension(file) is not (".png" or ".jpg" or ".db" or ".dll" or ".zip");
}
