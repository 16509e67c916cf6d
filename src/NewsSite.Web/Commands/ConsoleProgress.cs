namespace NewsSite.Web.Commands;

/// <summary>
/// A one-line progress bar on standard error, redrawn in place, for a terminal only: when
/// output is redirected (a pipe, a log, CI) there is none and the report's plain lines suffice.
/// </summary>
public sealed class ConsoleProgress(string label, TextWriter error) : IProgress<(int Done, int Total)>, IDisposable
{
    private const int Width = 30;
    private const int MinimumFiles = 200;
    private int _lastDrawn = -1;

    /// <summary>A progress bar, or null when standard error is not a terminal.</summary>
    public static ConsoleProgress? Start(string label, CommandConsole console) => console.ErrorIsTerminal ? new ConsoleProgress(label, console.Error) : null;

    public void Report((int Done, int Total) value)
    {
        var (done, total) = value;
        var percent = total == 0 ? 100 : done * 100 / total;
        if (total < MinimumFiles || percent == _lastDrawn)
        {
            return;
        }

        _lastDrawn = percent;
        var filled = percent * Width / 100;
        error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done}/{total} files");
    }

    public void Dispose()
    {
        if (_lastDrawn >= 0)
        {
            error.WriteLine();
            _lastDrawn = -1;
        }
    }
}
