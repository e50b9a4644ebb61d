using System.Diagnostics;
using KnowledgeGraph.Bolt.Protocol;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>One measured figure.</summary>
public sealed record BenchResult(string Name, int Items, TimeSpan Elapsed, Noun Unit, long PeakWorkingSetBytes)
{
    public double PerSecond => Items / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public override string ToString() => Messages.Current.BenchFigure(Name, Unit, Items, Elapsed, PeakWorkingSetBytes);
}

/// <summary>
/// The measurements of <c>kg bench</c>: extraction of ~3 KB articles on one thread, store writes
/// per article, and Bolt encoding of UNWIND rows. Quick figures anyone can reproduce; the
/// BenchmarkDotNet project gives the careful ones.
/// </summary>
public static class BenchRunner
{
    public static BenchResult Extraction(ArticleExtractor extractor, IReadOnlyList<SourceArticle> samples, int count)
    {
        for (var i = 0; i < Math.Min(20, count); i++)
        {
            extractor.Extract(BenchCorpus.Article(samples, i)); // warm-up
        }

        var sw = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            extractor.Extract(BenchCorpus.Article(samples, i));
        }

        return new BenchResult(Messages.Current.BenchExtraction, count, sw.Elapsed, Nouns.Article, Peak());
    }

    public static BenchResult StoreWrites(ArticleExtractor extractor, IReadOnlyList<SourceArticle> samples, int count, string storePath)
    {
        var docs = Enumerable.Range(0, count).Select(i => BenchCorpus.Article(samples, i)).Select(a => (a, extractor.Extract(a))).ToList();
        using var store = GraphStore.Open(storePath);
        var sw = Stopwatch.StartNew();
        foreach (var (article, doc) in docs)
        {
            store.Save(article, doc);
        }

        return new BenchResult(Messages.Current.BenchStoreWrites, count, sw.Elapsed, Nouns.Article, Peak());
    }

    public static BenchResult BoltEncoding(int rows, int repeats)
    {
        var batch = Rows(rows);
        var parameters = new Dictionary<string, object?> { ["rows"] = batch };
        using var writer = new BoltMessageWriter();
        writer.WriteRun("UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n += row.props", parameters);
        writer.Clear();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            writer.WriteRun("UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n += row.props", parameters);
            writer.Clear();
        }

        return new BenchResult(Messages.Current.BenchBoltEncoding, rows * repeats, sw.Elapsed, Nouns.Row, Peak());
    }

    /// <summary>Rows shaped like the node writer's: key, name, aliases and a few properties.</summary>
    public static List<object?> Rows(int count)
    {
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(new Dictionary<string, object?>
            {
                ["key"] = "person:sample-person-" + i,
                ["name"] = "Образцовый Человек " + i,
                ["aliases"] = new List<object?> { "О.Человек", "Человек" },
                ["props"] = new Dictionary<string, object?> { ["position"] = "Заместитель министра иностранных дел", ["mentions"] = (long)i, ["confidence"] = 0.85 },
            });
        }

        return list;
    }

    private static long Peak()
    {
        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64;
    }
}
