using System.CommandLine;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest PATH...</c>: files or folders of articles -> extract -> store.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (searched recursively), or http(s) addresses of article pages.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Read articles, extract their graphs and keep them in the store.") { paths };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, token) => Task.FromResult(Run(services, parse.GetValue(paths)!, token)), ct));
        return command;
    }

    private static int Run(IServiceProvider services, string[] paths, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<ArticlePipeline>();
        using var store = VerbRunner.OpenStore(services);
        _ = services.GetRequiredService<ExtractorProvider>().Extractor; // lexicons load (or fail) before any article
        var inputs = paths.SelectMany(p => UrlIngest.IsUrl(p) ? [(p, (string?)null)] : ArticleFinder.Expand([p])).ToList();
        var tally = new IngestTally();
        using var progress = ProgressReporter.Create("ingest", inputs.Count);
        foreach (var (path, error) in inputs)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            var outcome = error is not null ? new ArticleOutcome(path, ArticleStatus.Failed, Error: error)
                : UrlIngest.IsUrl(path) ? UrlIngest.Ingest(services, path, store, cancellationToken)
                : pipeline.Ingest(path, store);
            tally.Add(outcome);
            if (outcome.Status == ArticleStatus.Failed)
            {
                progress.Error("error: " + outcome.ErrorLine);
            }

            progress.Advance(tally);
        }

        progress.Done(tally);
        Console.Out.WriteLine(tally.Summary());
        var counts = store.Counts();
        Console.Out.WriteLine($"store {store.Path}: {counts.Articles} articles, {counts.Entities} entities, {counts.Relationships} relationships");
        if (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("stopped before the end: run the same command again to finish");
            return 130;
        }

        return tally.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
