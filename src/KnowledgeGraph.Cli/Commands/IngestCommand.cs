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
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, token) => RunAsync(services, parse.GetValue(paths)!, token), ct));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string[] paths, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<ArticlePipeline>();
        using var store = VerbRunner.OpenStore(services);
        _ = services.GetRequiredService<ExtractorProvider>().Extractor; // lexicons load (or fail) before any article
        // Files and folders go through the parallel pipeline; page addresses are fetched one at a time after them.
        var files = paths.Where(p => !UrlIngest.IsUrl(p)).SelectMany(p => ArticleFinder.Expand([p])).ToList();
        var urls = paths.Where(UrlIngest.IsUrl).ToList();
        var tally = new IngestTally();
        using var progress = ProgressReporter.Create("ingest", files.Count + urls.Count);
        void Committed(ArticleOutcome outcome)
        {
            tally.Add(outcome);
            if (outcome.Status == ArticleStatus.Failed)
            {
                progress.Error("error: " + outcome.ErrorLine);
            }

            progress.Advance(tally);
        }

        await pipeline.IngestAsync(files, store, Committed, cancellationToken).ConfigureAwait(false);
        foreach (var url in urls.TakeWhile(_ => !cancellationToken.IsCancellationRequested))
        {
            Committed(UrlIngest.Ingest(services, url, store, cancellationToken));
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
