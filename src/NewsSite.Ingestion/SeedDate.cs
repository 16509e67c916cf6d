using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSite.Ingestion;

/// <summary>Reads and writes the seed's date line: "14 March 2021, 09:34" in UK local time.</summary>
public static partial class SeedDate
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Whether a line has the shape of a date line, valid or not.</summary>
    public static bool LooksLikeDate(string line) => DateLine().IsMatch(line);

    /// <summary>Reads a date line into its instant with the Europe/London offset, or says why it cannot.</summary>
    public static bool TryParse(string line, out DateTimeOffset publishedAt, [NotNullWhen(false)] out string? error)
    {
        publishedAt = default;
        var match = DateLine().Match(line);
        if (!match.Success)
        {
            error = $"expected the publish date in the form '14 March 2021, 09:34', found '{Shorten(line)}'";
            return false;
        }

        var monthName = match.Groups["month"].Value;
        var month = Array.FindIndex(Months, m => m.Equals(monthName, StringComparison.OrdinalIgnoreCase)) + 1;
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var hour = int.Parse(match.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture);

        if (month == 0)
        {
            error = $"'{monthName}' is not an English month name";
            return false;
        }

        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"{day} {Months[month - 1]} {year} is not a date ({Months[month - 1]} {year} has {DateTime.DaysInMonth(Math.Max(year, 1), month)} days)";
            return false;
        }

        if (hour > 23 || minute > 59)
        {
            error = $"{match.Groups["hour"].Value}:{match.Groups["minute"].Value} is not a time of day (hours run 00–23, minutes 00–59)";
            return false;
        }

        publishedAt = UkTime.FromLocal(new DateTime(year, month, day, hour, minute, 0));
        error = null;
        return true;
    }

    /// <summary>Writes an instant as UK local time in the seed's own form, e.g. "14 March 2021, 09:34".</summary>
    public static string Format(DateTimeOffset instant)
    {
        var local = UkTime.ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Day} {Months[local.Month - 1]} {local.Year}, {local:HH:mm}");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    [GeneratedRegex(@"^(?<day>[0-9]{1,2})\s+(?<month>\p{L}+)\s+(?<year>[0-9]{4}),?\s+(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})$")]
    private static partial Regex DateLine();
}
