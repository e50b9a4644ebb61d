using System.CommandLine;
using KnowledgeGraph.Texts;
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
        var m = Messages.Current;
        var paths = InputOptions.Paths(m.HelpExtractPaths);
        var output = new Option<string>("--out", "-o") { Description = m.HelpExtractOut, Required = true };
        var command = new Command("extract", m.HelpExtract)
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
                result.AddError(m.OutIsAFile(TerminalText.Safe(outDir)));
            }
            else if ((result.GetValue(paths) ?? []).Any(p => SamePath(p, outDir)))
            {
                result.AddError(m.OutIsAnInput(TerminalText.Safe(outDir)));
            }
        });
        command.SetAction((parse, ct) =>
        {
            return VerbRunner.RunAsync(
                parse,
                false,
                (services, token) => RunAsync(services, parse.GetValue(paths)!, parse.GetValue(output)!, parse.GetValue(InputOptions.FollowLinks), token),
                ct,
                InputOptions.Settings(parse),
                preloadExtractor: true); // the lexicons load while the host is built and the settings checked
        });
        return command;
    }

    internal static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    private static async Task<int> RunAsync(IServiceProvider services, string[] paths, string outDir, bool followLinks, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<ArticlePipeline>();
        _ = services.GetRequiredService<ExtractorProvider>().Extractor; // lexicons load (or fail) before any article
        var folder = new GraphJsonFolder(outDir);
        var tally = new IngestTally();
        await pipeline.ExtractAsync(
            ArticleFinder.Expand(paths, followLinks),
            (outcome, json) =>
            {
                tally.Add(outcome);
                if (json is not { } bytes)
                {
                    Console.Error.WriteLine(Messages.Current.ErrorPrefix + outcome.ErrorLine);
                    return;
                }

                folder.Write(outcome.Path, bytes);
                StartupTrace.FirstArticle();
            },
            cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        StartupTrace.Mark("all-articles-written");

        await Console.Out.WriteLineAsync(Messages.Current.ExtractSummary(tally.Read, tally.Stored, TerminalText.Safe(outDir), tally.Failed)).ConfigureAwait(false);
        return tally.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
