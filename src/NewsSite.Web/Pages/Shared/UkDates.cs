using NewsSite.Ingestion;

namespace NewsSite.Web.Pages.Shared;

/// <summary>Stored UTC instants shown as UK local time.</summary>
public static class UkDates
{
    /// <summary>The seed's own form, e.g. "14 March 2021, 09:34".</summary>
    public static string Display(DateTime utc) => SeedDate.Format(AsUtc(utc));

    /// <summary>ISO 8601 with the UK offset, for <c>time[datetime]</c>, e.g. "2021-03-14T09:34:00+00:00".</summary>
    public static string Iso(DateTime utc) => ArticleJson.FormatInstant(UkTime.ToLocal(AsUtc(utc)));

    private static DateTimeOffset AsUtc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
