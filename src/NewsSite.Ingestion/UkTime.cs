namespace NewsSite.Ingestion;

/// <summary>
/// Europe/London civil time: GMT in winter, BST (+01:00) from 01:00 UTC on the last Sunday
/// of March to 01:00 UTC on the last Sunday of October. The rule is written out rather than
/// read from the host's time-zone database, so parsing gives the same answer on every machine.
/// </summary>
public static class UkTime
{
    private static readonly TimeSpan Gmt = TimeSpan.Zero;
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    /// <summary>
    /// Gives a UK wall-clock time its offset. A time the clocks skip in spring (01:00–01:59 on
    /// the last Sunday of March) is read as GMT and so shown as the BST time it is (01:30 is
    /// 02:30+01:00); a time they repeat in autumn (01:00–01:59 on the last Sunday of October)
    /// is read as its first occurrence, BST.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var summerStarts = LastSunday(local.Year, 3).AddHours(2);
        var summerEnds = LastSunday(local.Year, 10).AddHours(2);
        var offset = local >= summerStarts && local < summerEnds ? Bst : Gmt;
        return ToLocal(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset));
    }

    /// <summary>A UTC time as stored (kind unspecified or UTC) read as the UK wall-clock instant.</summary>
    public static DateTimeOffset FromStoredUtc(DateTime utc) => ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>The UK wall-clock reading of an instant, with its offset.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var summerStartsUtc = LastSunday(utc.Year, 3).AddHours(1);
        var summerEndsUtc = LastSunday(utc.Year, 10).AddHours(1);
        var offset = utc >= summerStartsUtc && utc < summerEndsUtc ? Bst : Gmt;
        return instant.ToOffset(offset);
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
