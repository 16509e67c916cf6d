using System.Linq.Expressions;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Admin;

/// <summary>An import run without its file list, as the overview and the history show it.</summary>
public sealed record ImportRunSummary(int Id, DateTime StartedUtc, TimeSpan Duration, string Trigger, string? StartedBy, string? UploadedBy, int Added, int Updated, int Unchanged, int Withdrawn, int Restored, int Failed)
{
    public static readonly Expression<Func<ImportRun, ImportRunSummary>> Projection = r =>
        new ImportRunSummary(r.Id, r.StartedUtc, r.Duration, r.Trigger, r.StartedBy, r.UploadedBy, r.Added, r.Updated, r.Unchanged, r.Withdrawn, r.Restored, r.Failed);

    /// <summary>Who started it, and for an upload someone else confirmed, who uploaded it.</summary>
    public string Who => StartedBy is null ? "—" : UploadedBy is null || UploadedBy == StartedBy ? StartedBy : $"{StartedBy} (uploaded by {UploadedBy})";

    public string Summary =>
        $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Withdrawn} withdrawn, {Restored} restored, {Failed} failed in {Duration.TotalSeconds:0.00} s";
}
