namespace NewsSite.Web.Admin;

/// <summary>A run of one sequence replaced by a run of the other: <c>Before[BeforeStart..+BeforeCount]</c> became <c>After[AfterStart..+AfterCount]</c>.</summary>
public readonly record struct DiffRun(int BeforeStart, int BeforeCount, int AfterStart, int AfterCount);
