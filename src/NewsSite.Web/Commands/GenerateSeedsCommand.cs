using System.CommandLine;
using System.Text;
using NewsSite.Ingestion;

namespace NewsSite.Web.Commands;

/// <summary><c>generate-seeds N DIR [--seed S]</c>: writes N realistic seed files for benchmarks and load tests.</summary>
public static class GenerateSeedsCommand
{
    public static Command Create(CommandConsole console)
    {
        var count = new Argument<int>("count") { Description = "How many seed files to write." };
        var folder = new Argument<string>("folder") { Description = "The folder to write them into (created if needed)." };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var command = new Command("generate-seeds", "Write N generated seed files (several sections, 5–60 paragraphs, 0–4 figures, sidebars).") { count, folder, seed };
        command.SetAction(result =>
        {
            var path = Path.GetFullPath(result.GetValue(folder)!);
            var written = Write(result.GetValue(count), path, result.GetValue(seed));
            console.Out.WriteLine($"{written} seed files written to {path}");
            return 0;
        });
        return command;
    }

    /// <summary>Writes the files as gen_000001.txt, …; returns how many.</summary>
    public static int Write(int count, string folder, int seed)
    {
        Directory.CreateDirectory(folder);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var index = 0;
        foreach (var draft in SeedGenerator.Generate(count, seed))
        {
            var label = Captions.Labels[index % Captions.Labels.Length];
            File.WriteAllText(Path.Combine(folder, $"gen_{++index:000000}.txt"), SeedWriter.Write(draft, label), encoding);
        }

        return index;
    }
}
