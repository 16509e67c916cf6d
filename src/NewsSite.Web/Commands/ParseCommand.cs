using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;
using NewsSite.Web.Import;

namespace NewsSite.Web.Commands;

/// <summary><c>parse FILE...</c>: prints what an import would store, one JSON line per file; never touches the store.</summary>
public static class ParseCommand
{
    // Files are parsed in parallel a batch at a time and written in argument order.
    private const int BatchSize = 256;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static Command Create(IServiceProvider services, CommandConsole console)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Seed files to parse." };
        var command = new Command("parse", "Parse seed files and print each as a JSON line (exit 1 when any file is not an article).") { files };
        command.SetAction(result =>
        {
            var maxBytes = services.GetRequiredService<IOptions<ImportOptions>>().Value.MaxSeedBytes;
            return Run(result.GetValue(files)!, maxBytes, console.Output);
        });
        return command;
    }

    /// <summary>Parses the files and writes JSON Lines; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> files, int maxBytes, Stream output)
    {
        var failed = false;
        var results = new SeedParseResult[Math.Min(BatchSize, files.Count)];
        using var buffered = new BufferedStream(output, 64 * 1024);
        using var writer = new Utf8JsonWriter(buffered, WriterOptions);
        for (var start = 0; start < files.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, files.Count - start);
            Parallel.For(0, count, i => results[i] = SeedFiles.Read(files[start + i], maxBytes).Result);
            for (var i = 0; i < count; i++)
            {
                ArticleJson.Write(writer, files[start + i], results[i]);
                writer.Flush();
                writer.Reset();
                buffered.WriteByte((byte)'\n');
                failed |= !results[i].Succeeded;
            }
        }

        return failed ? 1 : 0;
    }
}
