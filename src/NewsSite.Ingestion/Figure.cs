namespace NewsSite.Ingestion;

/// <summary>An image as the seed describes it: seeds carry no image files.</summary>
/// <param name="Alt">The image's description (its alt text).</param>
/// <param name="Caption">The caption without its credit; empty when the caption line was only a credit.</param>
/// <param name="Credit">Who took or supplied the image, e.g. "PA"; null when the caption names nobody.</param>
public sealed record Figure(string Alt, string Caption, string? Credit);
