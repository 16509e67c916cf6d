using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSite.Ingestion;

/// <summary>
/// The one reader of publish times, for every seed format and every place a page gives one, and
/// the writer of the seed's date line. Reads the seed's own form, "14 March 2021, 09:34", and
/// ISO 8601 / RFC 3339 date-times with "T" or a space between date and time, with or without
/// seconds (and a fraction), and with "Z", "UTC" or an offset ("+01:00", "+0100", "+01"), which
/// may follow after a space. A time with an offset is that instant; a time without one, and the
/// seed's form, is UK local time (<see cref="UkTime"/>). No host time zone or culture is consulted.
/// </summary>
public static partial class SeedDate
{
    private const string Expected = "expected the publish date as '14 March 2021, 09:34' (UK time) or ISO 8601 such as '2021-03-14T09:34:00+00:00'";

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Whether a line has the shape of a date, valid or not.</summary>
    public static bool LooksLikeDate(string line) => DateLine().IsMatch(line) || IsoDate().IsMatch(line.Trim());

    /// <summary>Reads a publish time into its instant with the Europe/London offset, or says why it cannot.</summary>
    public static bool TryParse(string text, out DateTimeOffset publishedAt, [NotNullWhen(false)] out string? error)
    {
        var value = text.Trim();
        if (IsoDate().Match(value) is { Success: true } iso)
        {
            return TryReadIso(iso, out publishedAt, out error);
        }

        if (DateLine().Match(value) is { Success: true } line)
        {
            return TryReadSeedForm(line, out publishedAt, out error);
        }

        publishedAt = default;
        error = $"{Expected}, found '{Shorten(value)}'";
        return false;
    }

    /// <summary>Writes an instant as UK local time in the seed's own form, e.g. "14 March 2021, 09:34".</summary>
    public static string Format(DateTimeOffset instant)
    {
        var local = UkTime.ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Day} {Months[local.Month - 1]} {local.Year}, {local:HH:mm}");
    }

    private static bool TryReadSeedForm(Match match, out DateTimeOffset publishedAt, [NotNullWhen(false)] out string? error)
    {
        publishedAt = default;
        var monthName = match.Groups["month"].Value;
        var month = Array.FindIndex(Months, m => m.Equals(monthName, StringComparison.OrdinalIgnoreCase)) + 1;
        var day = Number(match, "day");
        var year = Number(match, "year");
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

        if (Number(match, "hour") > 23 || Number(match, "minute") > 59)
        {
            error = $"{match.Groups["hour"].Value}:{match.Groups["minute"].Value} is not a time of day (hours run 00–23, minutes 00–59)";
            return false;
        }

        publishedAt = UkTime.FromLocal(new DateTime(year, month, day, Number(match, "hour"), Number(match, "minute"), 0));
        error = null;
        return true;
    }

    private static bool TryReadIso(Match match, out DateTimeOffset publishedAt, [NotNullWhen(false)] out string? error)
    {
        publishedAt = default;
        var (year, month, day) = (Number(match, "year"), Number(match, "month"), Number(match, "day"));
        var date = match.Groups["date"].Value;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = year < 1 ? $"{date} is not a date (years run 0001–9999)"
                : month is < 1 or > 12 ? $"{date} is not a date (months run 01–12)"
                : $"{date} is not a date ({Months[month - 1]} {year} has {DateTime.DaysInMonth(year, month)} days)";
            return false;
        }

        var (hour, minute, second) = (Number(match, "hour"), Number(match, "minute"), Number(match, "second"));
        if (hour > 23 || minute > 59 || second > 59)
        {
            error = $"{match.Groups["time"].Value} is not a time of day (hours run 00–23, minutes and seconds 00–59)";
            return false;
        }

        // A fraction of a second is kept to the tick (100 ns); digits beyond are dropped.
        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0').AsSpan(0, 7), CultureInfo.InvariantCulture);
        var local = new DateTime(year, month, day, hour, minute, second).AddTicks(ticks);
        if (!match.Groups["zone"].Success)
        {
            publishedAt = UkTime.FromLocal(local);
            error = null;
            return true;
        }

        var offset = Offset(match);
        if (Number(match, "offsetMinutes") > 59 || offset.Duration() > TimeSpan.FromHours(14))
        {
            error = $"the offset {match.Groups["zone"].Value} is not a time zone's (offsets run -14:00 to +14:00)";
            return false;
        }

        // A day's margin at either end of the calendar keeps the UK reading of the instant representable.
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < TimeSpan.TicksPerDay || utcTicks > DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay)
        {
            error = $"{match.Value} is outside the calendar this site can show (years 0001–9999)";
            return false;
        }

        publishedAt = UkTime.ToLocal(new DateTimeOffset(utcTicks, TimeSpan.Zero));
        error = null;
        return true;
    }

    private static TimeSpan Offset(Match match)
    {
        if (!match.Groups["sign"].Success)
        {
            return TimeSpan.Zero; // Z or UTC
        }

        var offset = new TimeSpan(Number(match, "offsetHours"), Number(match, "offsetMinutes"), 0);
        return match.Groups["sign"].Value == "-" ? -offset : offset;
    }

    // An absent group reads as 0 (seconds, offset minutes).
    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    [GeneratedRegex(@"^(?<day>[0-9]{1,2})\s+(?<month>\p{L}+)\s+(?<year>[0-9]{4}),?\s+(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})$")]
    private static partial Regex DateLine();

    [GeneratedRegex(
        @"^(?<date>(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2}))"
        + @"(?:[Tt ]\s*(?<time>(?<hour>[0-9]{2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:[.,](?<fraction>[0-9]+))?)?)"
        + @"(?:\s*(?<zone>[Zz]|(?i:UTC|GMT)|(?<sign>[+-])(?<offsetHours>[0-9]{2})(?::?(?<offsetMinutes>[0-9]{2}))?))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
