using System.CommandLine;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract PATH... --out DIR</c>: one graph JSON per article (X.txt -> DIR/X.json); stores nothing.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the JSON files.", Required = true };
        var command = new Command("extract", "Write the graph of each article as JSON (the graph-json contract); nothing is stored.") { paths, output };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(
            parse, false, (services, token) => RunAsync(services, parse.GetValue(paths)!, parse.GetValue(output)!, token), ct));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string[] paths, string outDir, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<ArticlePipeline>();
        _ = services.GetRequiredService<ExtractorProvider>().Extractor; // lexicons load (or fail) before any article
        Directory.CreateDirectory(outDir);
        var tally = new IngestTally();
        await pipeline.ExtractAsync(
            ArticleFinder.Expand(paths),
            (outcome, json) =>
            {
                tally.Add(outcome);
                if (json is null)
                {
                    Console.Error.WriteLine("error: " + outcome.ErrorLine);
                    return;
                }

                // Written beside, then renamed: a reader never sees half a file.
                var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(outcome.Path) + ".json");
                File.WriteAllText(target + ".tmp", json + "\n");
                File.Move(target + ".tmp", target, overwrite: true);
            },
            cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        await Console.Out.WriteLineAsync($"{tally.Read} read, {tally.Stored} written to {outDir}, {tally.Failed} failed").ConfigureAwait(false);
        return tally.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
