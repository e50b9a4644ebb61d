using System.CommandLine;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg bench</c>: quick measurements of extraction, store writes and Bolt encoding on this machine.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "Articles to extract (default 2000).", DefaultValueFactory = _ => 2000 };
        var writes = new Option<int>("--writes") { Description = "Articles to write to a scratch store (default 500).", DefaultValueFactory = _ => 500 };
        var rows = new Option<int>("--rows") { Description = "Rows in the UNWIND batch to encode (default 10000).", DefaultValueFactory = _ => 10_000 };
        var scaling = new Option<int>("--scaling")
        {
            Description = "Instead: extraction time against text length, 1 KB up to this many KB (at most 8192), with and without sentence ends.",
        };
        InputOptions.Range(scaling, 1, 8192);
        var feedItems = new Option<int>("--feed-items") { Description = "Items of the local feed for the whole feed path (default 200; 0 skips it).", DefaultValueFactory = _ => 200 };
        var command = new Command("bench", "Measure extraction (articles/s on one thread), store writes, Bolt encoding (rows/s) and the feed path (items/s).") { articles, writes, rows, scaling, feedItems };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, _) =>
        {
            var extractor = services.GetRequiredService<ExtractorProvider>().Extractor;
            var samples = BenchCorpus.Samples();
            if (parse.GetValue(scaling) is > 0 and var max)
            {
                foreach (var row in ScalingBench.Run(extractor, samples, max))
                {
                    Console.Out.WriteLine(row);
                }

                return Task.FromResult(ExitCodes.Ok);
            }

            var scratch = Path.Combine(Path.GetTempPath(), "kg-bench-" + Guid.NewGuid().ToString("N")[..8] + ".db");
            try
            {
                Console.Out.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
                Console.Out.WriteLine(BenchRunner.Extraction(extractor, samples, parse.GetValue(articles)));
                Console.Out.WriteLine(BenchRunner.StoreWrites(extractor, samples, parse.GetValue(writes), scratch));
                Console.Out.WriteLine(BenchRunner.BoltEncoding(parse.GetValue(rows), 20));
                if (parse.GetValue(feedItems) > 0)
                {
                    Console.Out.WriteLine(FeedBench.Run(services.GetRequiredService<ArticlePipeline>(), samples, parse.GetValue(feedItems), scratch + ".feed.db"));
                }
            }
            finally
            {
                foreach (var f in new[] { scratch, scratch + "-wal", scratch + "-shm", scratch + ".feed.db", scratch + ".feed.db-wal", scratch + ".feed.db-shm" })
                {
                    File.Delete(f);
                }
            }

            return Task.FromResult(ExitCodes.Ok);
        }, ct));
        return command;
    }
}
