namespace NewsSite.Ingestion;

/// <summary>Splits a caption line into the caption and the credit it ends with.</summary>
public static class Captions
{
    /// <summary>The labels a credit may follow: "… Picture: PA".</summary>
    public static readonly string[] Labels = ["Picture:", "Image:", "Photo:", "Credit:"];

    // A trailing parenthesis naming a place in the picture or a number is part of the caption.
    private static readonly HashSet<string> NotCredits = new(StringComparer.OrdinalIgnoreCase)
    {
        "left", "right", "centre", "center", "top", "bottom", "front", "back", "middle", "pictured", "above", "below", "inset", "file",
        "top left", "top right", "bottom left", "bottom right", "second left", "second right", "far left", "far right", "centre left", "centre right",
    };

    /// <summary>
    /// "… Picture: PA" (or Image:, Photo:, Credit:) gives the text before the label and "PA";
    /// "… Scott Morrison (Alex Brandon/AP)" gives the text before the parenthesis and
    /// "Alex Brandon/AP"; any other line is all caption and no credit.
    /// </summary>
    public static Figure Split(string alt, string captionLine)
    {
        var (caption, credit) = SplitLabel(captionLine) ?? SplitParenthesis(captionLine) ?? (captionLine, null);
        return new Figure(alt, caption, credit);
    }

    /// <summary>
    /// The caption line of a figure, the inverse of <see cref="Split"/>: a photographer/agency
    /// credit such as "Alex Brandon/AP" in parentheses, any other behind <paramref name="label"/>.
    /// </summary>
    public static string Join(Figure figure, string label = "Picture:") => (figure.Credit switch
    {
        null => figure.Caption,
        var credit when credit.Contains('/') => $"{figure.Caption} ({credit})",
        var credit => $"{figure.Caption} {label} {credit}",
    }).Trim();

    private static (string Caption, string? Credit)? SplitLabel(string line)
    {
        var (at, length) = FindLastLabel(line);
        if (at < 0)
        {
            return null;
        }

        var credit = line[(at + length)..].Trim();
        return credit.Length == 0 ? null : (line[..at].TrimEnd(), credit);
    }

    private static (int At, int Length) FindLastLabel(string text)
    {
        var best = (At: -1, Length: 0);
        foreach (var label in Labels)
        {
            var at = text.LastIndexOf(label, StringComparison.Ordinal);
            if (at > best.At && (at == 0 || char.IsWhiteSpace(text[at - 1])))
            {
                best = (at, label.Length);
            }
        }

        return best;
    }

    private static (string Caption, string? Credit)? SplitParenthesis(string line)
    {
        if (!line.EndsWith(')'))
        {
            return null;
        }

        // The parenthesis that the final ")" closes, nested ones included: "(Jane Doe (PA))".
        var depth = 0;
        var open = -1;
        for (var i = line.Length - 1; i >= 0 && open < 0; i--)
        {
            depth += line[i] switch { ')' => 1, '(' => -1, _ => 0 };
            open = depth == 0 ? i : -1;
        }

        if (open < 0)
        {
            return null;
        }

        var inside = line[(open + 1)..^1].Trim();
        var (labelAt, labelLength) = FindLastLabel(inside);
        if (labelAt == 0)
        {
            inside = inside[labelLength..].Trim(); // "(Picture: PA)"
        }

        return IsCredit(inside) ? (line[..open].TrimEnd(), inside) : null;
    }

    private static bool IsCredit(string text) =>
        text.Length > 0 && !NotCredits.Contains(text) && !text.All(c => char.IsDigit(c) || char.IsWhiteSpace(c));
}
