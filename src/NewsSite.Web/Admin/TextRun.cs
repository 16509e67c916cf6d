namespace NewsSite.Web.Admin;

/// <summary>A stretch of a changed text; <paramref name="Changed"/> marks words the other version lacks.</summary>
public sealed record TextRun(string Text, bool Changed);
