using System.Text;

namespace NewsSite.Ingestion;

/// <summary>
/// What the text of an article may hold, decided once for every seed format and every way a
/// character arrives (raw, an HTML or Markdown character reference, a JSON escape). Removed:
/// control characters (C0, DEL and C1) other than tab, line feed and carriage return; lone
/// surrogates; and noncharacters (U+FDD0–U+FDEF and the last two code points of every plane,
/// U+FFFE and U+FFFF among them). Controls and surrogates are outside XML 1.0's <c>Char</c>
/// production (https://www.w3.org/TR/xml/#charsets), so one of them would break every feed and
/// sitemap; noncharacters are reserved for a program's internal use (The Unicode Standard,
/// §23.7) and are never text. Text left without a visible character is empty.
/// </summary>
public static class SeedText
{
    // Default_Ignorable_Code_Point (Unicode 16.0, DerivedCoreProperties.txt): zero-width spaces and
    // joiners, bidirectional controls, variation selectors, tags, the Hangul fillers.
    private static readonly (int First, int Last)[] Ignorable =
    [
        (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
        (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
        (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
    ];

    // U+2800 BRAILLE PATTERN BLANK is a letter-like symbol that renders as nothing: the usual filler of "invisible" names.
    private const int BrailleBlank = 0x2800;

    /// <summary>
    /// The text without the characters no output can hold (<see cref="RemoveUnholdable"/>) and
    /// without surrounding white space; null when no visible character is left (see <see cref="IsVisible"/>).
    /// </summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var kept = RemoveUnholdable(text).Trim();
        return HasVisibleCharacter(kept) ? kept : null;
    }

    /// <summary>The text without control characters (but tab, line feed and carriage return), lone surrogates and noncharacters.</summary>
    public static string RemoveUnholdable(string text)
    {
        var first = FirstUnholdable(text, 0);
        if (first < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        var from = 0;
        while (first >= 0)
        {
            kept.Append(text, from, first - from);
            from = first + 1;
            first = FirstUnholdable(text, from);
        }

        return kept.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>Whether the text has a character that shows: one that is not white space, a control, or default-ignorable.</summary>
    public static bool HasVisibleCharacter(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsVisible(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a character shows on its own: not white space, a control, a default-ignorable character or the blank braille cell.</summary>
    public static bool IsVisible(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) && rune.Value != BrailleBlank && !IsIgnorable(rune.Value);

    // The index of the next UTF-16 unit to drop at or after `start`; for a noncharacter outside the BMP,
    // its high surrogate (the low one follows as a lone surrogate on the next call).
    private static int FirstUnholdable(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsNoncharacter(c) || char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static bool IsIgnorable(int codePoint)
    {
        foreach (var (first, last) in Ignorable)
        {
            if (codePoint < first)
            {
                return false;
            }

            if (codePoint <= last)
            {
                return true;
            }
        }

        return false;
    }
}
