using System.CommandLine;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Import;

namespace NewsSite.Web.Commands;

/// <summary><c>import [DIR]</c>: imports a seeds folder into the store and prints a line per file and the totals.</summary>
public static class ImportCommand
{
    public static Command Create(IServiceProvider services, CommandConsole console)
    {
        var folder = new Argument<string?>("folder") { Arity = ArgumentArity.ZeroOrOne, Description = "The seeds folder (default: Import:SeedsPath, else the repository's seeds/)." };
        var command = new Command("import", "Import seed files into the store (exit 1 when any file failed).") { folder };
        command.SetAction(async (result, cancellationToken) =>
        {
            var seedsFolder = services.GetRequiredService<IOptions<ImportOptions>>().Value.SeedsFolder;
            var path = result.GetValue(folder) is { } given ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(given)) : seedsFolder;
            if (!Directory.Exists(path))
            {
                await console.Error.WriteLineAsync($"The seeds folder '{path}' does not exist.");
                return 2;
            }

            await services.MigrateNewsStoreAsync(cancellationToken);
            await using var scope = services.CreateAsyncScope();

            // Another folder adds to the store; only the site's own seeds folder withdraws what it lacks.
            var request = new ImportRequest(path, "cli", Environment.UserName, WithdrawMissing: path == seedsFolder);
            ImportReport? report;
            using (var progress = ConsoleProgress.Start("Importing", console))
            {
                report = await scope.ServiceProvider.GetRequiredService<SeedImporter>().TryImportAsync(request, progress, cancellationToken);
            }

            if (report is null)
            {
                await console.Error.WriteLineAsync("An import is already running; try again when it has finished.");
                return 3;
            }

            Write(report, console.Out);
            return report.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>One line per file, then the totals.</summary>
    public static void Write(ImportReport report, TextWriter output)
    {
        var width = report.Files.Count == 0 ? 0 : report.Files.Max(f => f.File.Length);
        foreach (var file in report.Files)
        {
            var detail = file.Error ?? file.Url;
            output.WriteLine($"{file.Outcome.ToString().ToLowerInvariant(),-9} {file.File.PadRight(width)}  {detail}");
        }

        output.WriteLine(
            $"{report.Files.Count} files: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Withdrawn} withdrawn, {report.Restored} restored, {report.Failed} failed in {report.Duration.TotalSeconds:0.00} s");
    }
}
