using System.Diagnostics;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Texts;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>What the three stages did on a corpus of one size.</summary>
public sealed record ThroughputFigures(
    int Articles, double ExtractPerSecond, double IngestPerSecond, double WrittenKbPerArticle, double StoredKbPerArticle,
    double SyncPerSecond, double SyncKbPerArticle, double SyncMsPerArticle, long SyncTransactions, long PeakWorkingSetBytes)
{
    public override string ToString() => Messages.Current.BenchThroughput(
        Articles, ExtractPerSecond, IngestPerSecond, WrittenKbPerArticle, StoredKbPerArticle,
        SyncPerSecond, SyncKbPerArticle, SyncMsPerArticle, SyncTransactions, PeakWorkingSetBytes);
}

/// <summary>
/// <c>kg bench --sizes</c>: generated distinct ~3 KB articles written to a scratch folder, then the
/// real pipeline of each verb: extraction on every core, ingestion (extraction and grouped store
/// writes), and sync of the whole backlog to an in-process <see cref="NullBoltServer"/>.
/// </summary>
public static class ThroughputBench
{
    public static async Task<ThroughputFigures> RunAsync(ArticlePipeline pipeline, Neo4jOptions neo4j, StoreTuning tuning, string scratch, int count, CancellationToken cancellationToken)
    {
        var corpus = Path.Combine(scratch, "articles");
        GeneratedArticles.WriteCorpus(corpus, count);
        var inputs = ArticleFinder.Expand([corpus]).ToList();

        var sw = Stopwatch.StartNew();
        var extracted = 0;
        await pipeline.ExtractAsync(inputs, (_, json) => extracted += json is null ? 0 : 1, cancellationToken).ConfigureAwait(false);
        var extractRate = extracted / sw.Elapsed.TotalSeconds;

        var storePath = Path.Combine(scratch, "graph.db");
        var written = WrittenBytes();
        double ingestRate;
        using (var store = GraphStore.Open(storePath, tuning))
        {
            sw.Restart();
            await pipeline.IngestAsync(inputs, store, _ => { }, cancellationToken).ConfigureAwait(false);
            ingestRate = count / sw.Elapsed.TotalSeconds;
        }

        var writtenPerArticle = (WrittenBytes() - written) / 1024.0 / count;
        var storedPerArticle = new[] { storePath, storePath + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1024.0 / count;

        await using var server = new NullBoltServer();
        var options = new Neo4jOptions { Uri = server.Uri, User = "neo4j", Password = "bench", BatchSize = neo4j.BatchSize, SyncArticles = neo4j.SyncArticles };
        await using var driver = Neo4jDriverFactory.Create(options);
        var writer = new Neo4jGraphWriter(driver, TemplateCatalog.LoadDefault(), null, options.BatchSize);
        var sync = new OutboxSync(writer, options, TimeProvider.System, NullLogger<OutboxSync>.Instance);
        using (var store = GraphStore.Open(storePath, tuning))
        {
            await writer.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            var (bytes, commits) = (server.BytesReceived, server.Commits);
            sw.Restart();
            var pass = await sync.DrainAsync(store, ignoreBackoff: true, cancellationToken).ConfigureAwait(false);
            var seconds = sw.Elapsed.TotalSeconds;
            return new ThroughputFigures(
                count, extractRate, ingestRate, writtenPerArticle, storedPerArticle, pass.Sent / seconds,
                (server.BytesReceived - bytes) / 1024.0 / Math.Max(pass.Sent, 1), seconds * 1000 / Math.Max(pass.Sent, 1), server.Commits - commits, Peak());
        }
    }

    /// <summary>Bytes this process caused to be written to storage so far (Linux; 0 elsewhere).</summary>
    public static long WrittenBytes()
    {
        const string io = "/proc/self/io";
        if (!File.Exists(io))
        {
            return 0;
        }

        var line = File.ReadLines(io).FirstOrDefault(l => l.StartsWith("write_bytes:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["write_bytes:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Peak()
    {
        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64;
    }
}
