using System.CommandLine;
using KnowledgeGraph.Texts;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg bench</c>: quick measurements of extraction, store writes, Bolt encoding, and the three verbs' throughput on this machine.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = Messages.Current.HelpBenchArticles, DefaultValueFactory = _ => 2000 };
        var writes = new Option<int>("--writes") { Description = Messages.Current.HelpBenchWrites, DefaultValueFactory = _ => 500 };
        var rows = new Option<int>("--rows") { Description = Messages.Current.HelpBenchRows, DefaultValueFactory = _ => 10_000 };
        var feedItems = new Option<int>("--feed-items") { Description = Messages.Current.HelpBenchFeedItems, DefaultValueFactory = _ => 200 };
        var sizes = new Option<int[]>("--sizes") { Description = Messages.Current.HelpBenchSizes, AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [1000, 10_000] };
        var corpus = new Option<string?>("--write-corpus") { Description = Messages.Current.HelpBenchWriteCorpus };
        var server = new Option<int?>("--null-server") { Description = Messages.Current.HelpBenchNullServer };
        var scaling = new Option<int>("--scaling") { Description = Messages.Current.HelpBenchScaling };
        InputOptions.Range(scaling, 1, 8192);
        var command = new Command("bench", Messages.Current.HelpBench)
        {
            articles, writes, rows, feedItems, sizes, corpus, server, scaling,
        };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, async (services, token) =>
        {
            if (parse.GetValue(corpus) is { } folder)
            {
                GeneratedArticles.WriteCorpus(folder, parse.GetValue(articles));
                return ExitCodes.Ok;
            }

            if (parse.GetValue(server) is { } port)
            {
                return await ServeAsync(port, token).ConfigureAwait(false);
            }

            var extractor = services.GetRequiredService<ExtractorProvider>().Extractor;
            var samples = BenchCorpus.Samples();
            if (parse.GetValue(scaling) is > 0 and var max)
            {
                foreach (var row in ScalingBench.Run(extractor, samples, max))
                {
                    Console.Out.WriteLine(row);
                }

                return ExitCodes.Ok;
            }

            var scratch = Path.Combine(Path.GetTempPath(), "kg-bench-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(scratch);
            try
            {
                Console.Out.WriteLine(Messages.Current.BenchMachine(Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription, Environment.Version.ToString()));
                Console.Out.WriteLine(BenchRunner.Extraction(extractor, samples, parse.GetValue(articles)));
                Console.Out.WriteLine(BenchRunner.StoreWrites(extractor, samples, parse.GetValue(writes), Path.Combine(scratch, "writes.db")));
                Console.Out.WriteLine(BenchRunner.BoltEncoding(parse.GetValue(rows), 20));
                if (parse.GetValue(feedItems) > 0)
                {
                    Console.Out.WriteLine(FeedBench.Run(services.GetRequiredService<ArticlePipeline>(), samples, parse.GetValue(feedItems), Path.Combine(scratch, "feed.db")));
                }

                foreach (var size in parse.GetValue(sizes)!.Where(s => s > 0))
                {
                    var run = Path.Combine(scratch, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Console.Out.WriteLine(await ThroughputBench.RunAsync(
                        services.GetRequiredService<ArticlePipeline>(), services.GetRequiredService<IOptions<Neo4jOptions>>().Value,
                        services.GetRequiredService<IOptions<StoreOptions>>().Value.Tuning, run, size, token).ConfigureAwait(false));
                }
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static async Task<int> ServeAsync(int port, CancellationToken cancellationToken)
    {
        await using var server = new NullBoltServer(port: port);
        Console.Out.WriteLine(Messages.Current.NullServer(server.Uri.ToString()));
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        Console.Out.WriteLine(Messages.Current.BenchNullServerReceived(server.BytesReceived, server.Runs, server.Commits));
        return ExitCodes.Ok;
    }
}
