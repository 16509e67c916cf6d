using NewsSite.Ingestion;

namespace NewsSite.Web.Pages.Shared;

/// <summary>Stored UTC instants shown as UK local time.</summary>
public static class UkDates
{
    /// <summary>The seed's own form, e.g. "14 March 2021, 09:34".</summary>
    public static string Display(DateTime utc) => SeedDate.Format(UkTime.FromStoredUtc(utc));

    /// <summary>ISO 8601 with the UK offset, for <c>time[datetime]</c>, e.g. "2021-03-14T09:34:00+00:00".</summary>
    public static string Iso(DateTime utc) => ArticleJson.FormatInstant(UkTime.FromStoredUtc(utc));
}
