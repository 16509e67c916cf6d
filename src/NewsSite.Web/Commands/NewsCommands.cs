using System.CommandLine;

namespace NewsSite.Web.Commands;

/// <summary>The command-line verbs the executable answers besides serving the site.</summary>
public static class NewsCommands
{
    private static readonly string[] Verbs = ["parse", "import", "export", "admin", "generate-seeds", "-h", "--help", "-?"];

    /// <summary>Whether the arguments ask for a command rather than the web server.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> InvokeAsync(IServiceProvider services, string[] args)
    {
        var root = new RootCommand("NewsSite: a self-hosted news reader. Without a command it serves the site.")
        {
            ParseCommand.Create(services),
            ImportCommand.Create(services),
            ExportCommand.Create(services),
            AdminCommand.Create(services),
            GenerateSeedsCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
