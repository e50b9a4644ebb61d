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
        var articles = new Option<int>("--articles") { Description = "Articles to extract on one thread (default 2000).", DefaultValueFactory = _ => 2000 };
        var writes = new Option<int>("--writes") { Description = "Articles to write to a scratch store one by one (default 500).", DefaultValueFactory = _ => 500 };
        var rows = new Option<int>("--rows") { Description = "Rows in the UNWIND batch to encode (default 10000).", DefaultValueFactory = _ => 10_000 };
        var feedItems = new Option<int>("--feed-items") { Description = "Items of the local feed for the whole feed path (default 200; 0 skips it).", DefaultValueFactory = _ => 200 };
        var sizes = new Option<int[]>("--sizes") { Description = "Corpus sizes for extract, ingest and sync throughput (default 1000 10000; 0 to skip).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [1000, 10_000] };
        var corpus = new Option<string?>("--write-corpus") { Description = "Only write --articles generated ~3 KB articles into this folder (for timing kg ingest/extract/sync)." };
        var server = new Option<int?>("--null-server") { Description = "Only run a null Bolt server on this loopback port until stopped, then print what it received." };
        var scaling = new Option<int>("--scaling")
        {
            Description = "Instead: extraction time against text length, 1 KB up to this many KB (at most 8192), with and without sentence ends.",
        };
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
                Console.Out.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
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

        Console.Out.WriteLine($"received {server.BytesReceived} bytes, {server.Runs} RUN, {server.Commits} COMMIT");
        return ExitCodes.Ok;
    }
}
