using System.Globalization;

namespace NewsSite.Ingestion;

/// <summary>ISO 8601 times as seeds give them: with an offset they are that instant; without one they are UK local time.</summary>
public static class IsoDates
{
    public static bool TryParseUk(string text, out DateTimeOffset instant)
    {
        instant = default;
        var value = text.Trim();
        var time = value.IndexOf('T');
        var hasOffset = value.EndsWith('Z') || time > 0 && value.IndexOfAny(['+', '-'], time) > 0;
        if (hasOffset)
        {
            if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return false;
            }

            instant = UkTime.ToLocal(withOffset);
            return true;
        }

        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || !value.Contains('-'))
        {
            return false;
        }

        instant = UkTime.FromLocal(local);
        return true;
    }
}
