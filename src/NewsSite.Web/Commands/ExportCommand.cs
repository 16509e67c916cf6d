using System.CommandLine;
using NewsSite.Web.Data;
using NewsSite.Web.Import;

namespace NewsSite.Web.Commands;

/// <summary><c>export DIR</c>: writes every stored article as a seed file; importing the folder reproduces them.</summary>
public static class ExportCommand
{
    public static Command Create(IServiceProvider services, CommandConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "The folder to write the seed files into (created if needed)." };
        var command = new Command("export", "Export every article as a seed text file.") { folder };
        command.SetAction(async (result, cancellationToken) =>
        {
            await services.MigrateNewsStoreAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var path = Path.GetFullPath(result.GetValue(folder)!);
            var count = await scope.ServiceProvider.GetRequiredService<SeedExporter>().ExportToFolderAsync(path, cancellationToken);
            console.Out.WriteLine($"{count} articles exported to {path}");
            return 0;
        });
        return command;
    }
}
