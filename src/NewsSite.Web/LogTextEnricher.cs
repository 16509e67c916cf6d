using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace NewsSite.Web;

/// <summary>
/// Makes text from outside safe to log: in every string property, control characters and line or
/// paragraph separators are written as escapes (<c>\n</c>, <c>\u2028</c>), so a value can never
/// start a line that looks like another event, and a value over <see cref="MaxLength"/>
/// characters is cut with a note of how much was left out.
/// </summary>
public sealed class LogTextEnricher : ILogEventEnricher
{
    /// <summary>The longest value written whole, in characters.</summary>
    public const int MaxLength = 500;

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? replaced = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && NeedsEscaping(text))
            {
                (replaced ??= []).Add(new LogEventProperty(name, new ScalarValue(Escape(text))));
            }
        }

        foreach (var property in replaced ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The text with every control character escaped, cut to <see cref="MaxLength"/> characters.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(Math.Min(text.Length, MaxLength) + 16);
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxLength)))
        {
            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when IsUnsafe(c) => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Length > MaxLength ? escaped.Append($"… ({text.Length - MaxLength} more characters)").ToString() : escaped.ToString();
    }

    private static bool NeedsEscaping(string text) => text.Length > MaxLength || text.AsSpan().IndexOfAny(UnsafeCharacters) >= 0;

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';

    private static readonly System.Buffers.SearchValues<char> UnsafeCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), '\u007f', .. Enumerable.Range(0x80, 0x20).Select(i => (char)i), '\u2028', '\u2029']);
}
