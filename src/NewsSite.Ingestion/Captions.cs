namespace NewsSite.Ingestion;

/// <summary>Splits a caption line into the caption and the credit it ends with.</summary>
public static class Captions
{
    /// <summary>The labels a credit may follow: "… Picture: PA".</summary>
    public static readonly string[] Labels = ["Picture:", "Image:", "Photo:", "Credit:", "Photograph:", "Photography:", "Pictures:", "Photos:", "Images:", "Illustration:"];

    private const string CreditSeparator = ", ";

    /// <summary>
    /// "… Picture: PA" (or any of <see cref="Labels"/>: Photograph:, Credit:, …) gives the text before the label and "PA", and
    /// a run of labelled credits ("… Picture: PA Wire, Photo: Jane Roe") gives them all, joined in
    /// order ("PA Wire, Jane Roe"). A trailing parenthesis is a credit only when it reads as one
    /// (<see cref="CreditNames.IsCredit"/>): "… Scott Morrison (Alex Brandon/AP)" gives
    /// "Alex Brandon/AP", while "(1914-1918)", "(left to right)" or "(file photo)" stay caption.
    /// Any other line is all caption and no credit.
    /// </summary>
    public static Figure Split(string alt, string captionLine)
    {
        var (caption, credit) = SplitLabels(captionLine) ?? SplitParenthesis(captionLine) ?? (captionLine, null);
        return new Figure(alt, caption, credit);
    }

    /// <summary>
    /// The caption line of a figure, the inverse of <see cref="Split"/>: a photographer/agency
    /// credit such as "Alex Brandon/AP" in parentheses, any other behind <paramref name="label"/>.
    /// </summary>
    public static string Join(Figure figure, string label = "Picture:") => (figure.Credit switch
    {
        null => figure.Caption,
        var credit when credit.Contains('/') && CreditNames.IsCredit(credit) => $"{figure.Caption} ({credit})",
        var credit => $"{figure.Caption} {label} {credit}",
    }).Trim();

    /// <summary>
    /// The credits after the last label and after each label before it whose text reads as a
    /// credit ("PA Wire," before "Photo: Jane Roe"); null when the line has no labelled credit.
    /// </summary>
    private static (string Caption, string? Credit)? SplitLabels(string line)
    {
        var (at, length) = FindLastLabel(line, line.Length);
        if (at < 0 || line[(at + length)..].Trim() is not { Length: > 0 } last)
        {
            return null;
        }

        var credits = new List<string> { last };
        while (FindLastLabel(line, at) is (>= 0, _) previous)
        {
            var credit = line[(previous.At + previous.Length)..at].Trim().TrimEnd(',', ';', '|', '·', '•', '–', '—', '-').Trim();
            if (!CreditNames.IsCredit(credit))
            {
                break;
            }

            credits.Insert(0, credit);
            at = previous.At;
        }

        return (line[..at].TrimEnd(), string.Join(CreditSeparator, credits));
    }

    // The last label that starts a word and ends before `end`.
    private static (int At, int Length) FindLastLabel(string text, int end)
    {
        var best = (At: -1, Length: 0);
        foreach (var label in Labels)
        {
            var at = end < label.Length ? -1 : text.LastIndexOf(label, end - 1, StringComparison.Ordinal);
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
        var (labelAt, labelLength) = FindLastLabel(inside, inside.Length);
        if (labelAt == 0)
        {
            inside = inside[labelLength..].Trim(); // "(Picture: PA)"
        }

        return CreditNames.IsCredit(inside) ? (line[..open].TrimEnd(), inside) : null;
    }
}
