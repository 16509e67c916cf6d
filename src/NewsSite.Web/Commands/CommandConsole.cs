namespace NewsSite.Web.Commands;

/// <summary>
/// Where a command reads and writes: the process's standard streams, or (in tests) streams of
/// the caller's, so a verb can run in-process exactly as it runs from a shell.
/// </summary>
/// <param name="In">Standard input: passwords when <paramref name="InputIsRedirected"/>.</param>
/// <param name="Output">Standard output as bytes (JSON Lines from <c>parse</c>).</param>
/// <param name="Error">Standard error: problems, prompts and the progress bar.</param>
/// <param name="InputIsRedirected">True when input comes from a pipe or file: passwords are read as one line, not prompted for.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal: only then is a progress bar drawn.</param>
public sealed record CommandConsole(TextReader In, Stream Output, TextWriter Error, bool InputIsRedirected, bool ErrorIsTerminal)
{
    /// <summary>Standard output as text, over <see cref="Output"/>.</summary>
    public TextWriter Out { get; } = new StreamWriter(Output, leaveOpen: true) { AutoFlush = true };

    /// <summary>The process's own console.</summary>
    public static CommandConsole System() =>
        new(Console.In, Console.OpenStandardOutput(), Console.Error, Console.IsInputRedirected, !Console.IsErrorRedirected);
}
