using System.CommandLine;

namespace NewsSite.Web.Commands;

/// <summary>The command-line verbs the executable answers besides serving the site.</summary>
public static class NewsCommands
{
    private static readonly string[] Verbs = ["parse", "import", "export", "admin", "generate-seeds", "-h", "--help", "-?"];

    /// <summary>Whether the arguments ask for a command rather than the web server.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>Runs the verb <paramref name="args"/> names; returns its exit code.</summary>
    /// <param name="console">Where the verb reads and writes; the process's console when null.</param>
    public static Task<int> InvokeAsync(IServiceProvider services, string[] args, CommandConsole? console = null)
    {
        console ??= CommandConsole.System();
        var root = new RootCommand("NewsSite: a self-hosted news reader. Without a command it serves the site.")
        {
            ParseCommand.Create(services, console),
            ImportCommand.Create(services, console),
            ExportCommand.Create(services, console),
            AdminCommand.Create(services, console),
            GenerateSeedsCommand.Create(console),
        };
        // Exceptions reach Program, which reports a store it refuses by its reason, not a stack trace.
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
    }
}
