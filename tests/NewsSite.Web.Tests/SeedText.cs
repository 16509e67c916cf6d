namespace NewsSite.Web.Tests;

/// <summary>Seed files written by tests, in the seed format.</summary>
internal static class SeedText
{
    public static string Article(string headline, string date = "1 June 2023, 10:00", string section = "World", params string[] paragraphs) =>
        string.Join("\n\n", [headline, date, .. paragraphs.Length == 0 ? ["A standfirst for " + headline + "."] : paragraphs, "By Test Reporter", $"Latest {section} News", $"See more Latest {section} News", "Teaser image", "A teaser headline"]) + "\n";
}
