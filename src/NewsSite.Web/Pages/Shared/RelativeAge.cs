namespace NewsSite.Web.Pages.Shared;

/// <summary>"3 years ago": how long ago an instant was, in the largest unit that fits.</summary>
public static class RelativeAge
{
    public static string Describe(DateTime thenUtc, DateTime nowUtc)
    {
        var age = nowUtc - thenUtc;
        return age switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Plural((int)age.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Plural((int)age.TotalHours, "hour"),
            { TotalDays: < 2 } => "yesterday",
            { TotalDays: < 31 } => Plural((int)age.TotalDays, "day"),
            { TotalDays: < 365 } => Plural(Math.Max(1, (int)(age.TotalDays / 30.44)), "month"),
            _ => Plural((int)(age.TotalDays / 365.25), "year"),
        };
    }

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit} ago" : $"{count} {unit}s ago";
}
