using System.CommandLine;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest PATH...</c>: files or folders of articles -> extract -> store.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var m = Messages.Current;
        var paths = InputOptions.Paths(m.HelpIngestPaths);
        var command = new Command("ingest", m.HelpIngest) { paths, InputOptions.FollowLinks, InputOptions.Encoding };
        command.SetAction((parse, ct) =>
        {
            return VerbRunner.RunAsync(
                parse, false, (services, token) => RunAsync(services, parse.GetValue(paths)!, parse.GetValue(InputOptions.FollowLinks), GlobalOptions.Messages(parse), token), ct, InputOptions.Settings(parse),
                preloadExtractor: true, // the lexicons load while the host is built and the settings checked
                fetches: true); // page addresses among the paths
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string[] paths, bool followLinks, Messages messages, CancellationToken cancellationToken)
    {
        var pipeline = services.GetRequiredService<ArticlePipeline>();
        using var store = VerbRunner.OpenStore(services);
        _ = services.GetRequiredService<ExtractorProvider>().Extractor; // lexicons load (or fail) before any article
        // Files and folders go through the parallel pipeline; page addresses are fetched one at a time after them.
        var files = ArticleFinder.Expand(paths.Where(p => !UrlIngest.IsUrl(p)), followLinks).ToList();
        var urls = paths.Where(UrlIngest.IsUrl).ToList();
        var tally = new IngestTally();
        using var progress = ProgressReporter.Create("ingest", files.Count + urls.Count);
        void Committed(ArticleOutcome outcome)
        {
            tally.Add(outcome);
            if (outcome.Status == ArticleStatus.Failed)
            {
                progress.Error(messages.ErrorPrefix + outcome.ErrorLine);
            }

            progress.Advance(tally);
        }

        try
        {
            await pipeline.IngestAsync(files, store, Committed, cancellationToken).ConfigureAwait(false);
            foreach (var url in urls.TakeWhile(_ => !cancellationToken.IsCancellationRequested))
            {
                Committed(UrlIngest.Ingest(services, url, store, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // a stop signal while articles were under way: those not committed are not stored
        }
        catch (Exception ex) when (StoreFaults.StopsWriting(ex))
        {
            // A full disk or a damaged store: the rest could not be stored either. What is stored stays.
            progress.Done(tally);
            Console.Out.WriteLine(tally.Summary(messages));
            Console.Error.WriteLine(messages.StoppedAtStoreFault(tally.Stored, files.Count + urls.Count - tally.Read));
            throw;
        }

        progress.Done(tally);
        Console.Out.WriteLine(tally.Summary(messages));
        var counts = store.Counts();
        Console.Out.WriteLine(messages.StoreLine(TerminalText.Safe(store.Path), new GraphCounts(counts.Entities, counts.Articles, counts.Relationships, counts.Mentions)));
        if (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine(messages.StoppedBeforeTheEnd);
            return ExitCodes.Stopped;
        }

        return tally.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
