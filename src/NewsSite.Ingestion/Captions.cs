namespace NewsSite.Ingestion;

/// <summary>Splits a caption line into the caption and the credit it ends with.</summary>
public static class Captions
{
    private static readonly string[] Labels = ["Picture:", "Image:", "Photo:", "Credit:"];

    /// <summary>
    /// "… Picture: PA" (or Image:, Photo:, Credit:) gives the text before the label and "PA";
    /// "… Scott Morrison (Alex Brandon/AP)" gives the text before the parenthesis and
    /// "Alex Brandon/AP"; any other line is all caption and no credit.
    /// </summary>
    public static Figure Split(string alt, string captionLine)
    {
        var (caption, credit) = SplitLabel(captionLine) ?? SplitParenthesis(captionLine) ?? (captionLine, null);
        return new Figure(alt, caption.Length == 0 ? null : caption, credit);
    }

    private static (string Caption, string? Credit)? SplitLabel(string line)
    {
        var best = -1;
        var labelLength = 0;
        foreach (var label in Labels)
        {
            var at = line.LastIndexOf(label, StringComparison.Ordinal);
            if (at > best && (at == 0 || char.IsWhiteSpace(line[at - 1])))
            {
                best = at;
                labelLength = label.Length;
            }
        }

        if (best < 0)
        {
            return null;
        }

        var credit = line[(best + labelLength)..].Trim();
        return credit.Length == 0 ? null : (line[..best].TrimEnd(), credit);
    }

    private static (string Caption, string? Credit)? SplitParenthesis(string line)
    {
        if (!line.EndsWith(')'))
        {
            return null;
        }

        var open = line.LastIndexOf('(');
        if (open < 0)
        {
            return null;
        }

        var inside = line[(open + 1)..^1].Trim();
        return IsCredit(inside) ? (line[..open].TrimEnd(), inside) : null;
    }

    // "(Alex Brandon/AP)", "(PA)", "(Getty Images)" are credits; "(centre)" or "(39)" are not.
    private static bool IsCredit(string text) =>
        text.Length > 0 && (text.Contains('/') || char.IsUpper(text[0]));
}
