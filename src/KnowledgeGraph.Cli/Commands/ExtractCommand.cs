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
        var paths = InputOptions.Paths("Article files or folders.");
        var output = new Option<string>("--out", "-o") { Description = "Folder for the JSON files.", Required = true };
        var command = new Command("extract", "Write the graph of each article as JSON (the graph-json contract); nothing is stored.")
        {
            paths, output, InputOptions.FollowLinks, InputOptions.Encoding,
        };
        command.Validators.Add(result =>
        {
            var outDir = result.GetValue(output);
            if (string.IsNullOrEmpty(outDir))
            {
                return;
            }

            if (File.Exists(outDir))
            {
                result.AddError($"--out {TerminalText.Safe(outDir)} is a file: extract writes a folder of JSON files");
            }
            else if ((result.GetValue(paths) ?? []).Any(p => SamePath(p, outDir)))
            {
                result.AddError($"--out {TerminalText.Safe(outDir)} is also an input: the JSON files would be read as articles next time");
            }
        });
        command.SetAction((parse, ct) => VerbRunner.RunAsync(
            parse,
            false,
            (services, token) => RunAsync(services, parse.GetValue(paths)!, parse.GetValue(output)!, parse.GetValue(InputOptions.FollowLinks), token),
            ct,
            InputOptions.Settings(parse)));
        return command;
    }

    internal static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    private static async Task<int> RunAsync(IServiceProvider services, string[] paths, string outDir, bool followLinks, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<ArticlePipeline>();
        _ = services.GetRequiredService<ExtractorProvider>().Extractor; // lexicons load (or fail) before any article
        Directory.CreateDirectory(outDir);
        var tally = new IngestTally();
        foreach (var (path, error) in ArticleFinder.Expand(paths, followLinks))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (outcome, document) = error is null ? pipeline.Extract(path) : (new ArticleOutcome(path, ArticleStatus.Failed, Error: error), null);
            tally.Add(outcome);
            if (document is null)
            {
                await Console.Error.WriteLineAsync("error: " + outcome.ErrorLine).ConfigureAwait(false);
                continue;
            }

            var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + ".json");
            await GraphJson.WriteAsync(document, target, cancellationToken).ConfigureAwait(false);
        }

        await Console.Out.WriteLineAsync($"{tally.Read} read, {tally.Stored} written to {TerminalText.Safe(outDir)}, {tally.Failed} failed").ConfigureAwait(false);
        return tally.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
