namespace NewsSite.Web.Pages.Shared;

/// <summary>Minutes to read a text at an adult's silent reading pace.</summary>
public static class ReadingTime
{
    private const int WordsPerMinute = 230;

    public static int Minutes(IEnumerable<string?> texts)
    {
        var words = texts.Sum(text => text?.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Length ?? 0);
        return Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));
    }
}
