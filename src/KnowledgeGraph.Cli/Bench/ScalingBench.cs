using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;
using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>The kinds of text <c>kg bench --scaling</c> measures.</summary>
public enum ScalingText
{
    /// <summary>The sample articles repeated: few entities, each mentioned more the longer the text.</summary>
    Samples,

    /// <summary>The same with every sentence end removed: sentences only as the splitter's limit cuts them.</summary>
    SamplesNoEnds,

    /// <summary>Generated articles one after another: new invented people all along the text.</summary>
    People,

    /// <summary>The generated articles with every sentence end removed.</summary>
    PeopleNoEnds,
}

/// <summary>One row of the scaling table: extraction time of one text of a given length.</summary>
public sealed record ScalingRow(int Kilobytes, ScalingText Kind, TimeSpan PerText)
{
    public double MicrosecondsPerKilobyte => PerText.TotalMicroseconds / Kilobytes;

    public override string ToString() => Messages.Current.ScalingRow(Kilobytes, ScalingBench.Label(Kind), PerText, MicrosecondsPerKilobyte);
}

/// <summary>
/// <c>kg bench --scaling</c>: extraction time against text length, from 1 KB to 8 MB, for news text
/// (the samples repeated), for text whose entities keep growing (generated articles about invented
/// people), each with and without sentence ends. Time per KB should stay flat: no stage may cost
/// more than linear time in the text. Each kind ends with a line giving the spread of µs/KB.
/// </summary>
public static class ScalingBench
{
    public static readonly int[] Sizes = [1, 4, 16, 64, 256, 1024, 4096, 8192];

    /// <summary>Texts from this size on are measured once: the run itself is long enough to time.</summary>
    private const int MeasureOnceFromKilobytes = 1024;

    public static string Label(ScalingText kind) =>
        Messages.Current.ScalingKind(kind is ScalingText.People or ScalingText.PeopleNoEnds, kind is ScalingText.Samples or ScalingText.People);

    /// <summary>The table's rows, and after each kind of text the spread of its time per KB.</summary>
    public static IEnumerable<string> Run(ArticleExtractor extractor, IReadOnlyList<SourceArticle> samples, int maxKilobytes)
    {
        ArgumentNullException.ThrowIfNull(extractor);

        // Every stage compiled at its best (tiered JIT) before the first measurement.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var kind in Enum.GetValues<ScalingText>())
            {
                extractor.Extract(Text(kind, samples, 16 * 1024));
            }
        }

        foreach (var kind in Enum.GetValues<ScalingText>())
        {
            var rows = new List<ScalingRow>();
            foreach (var kb in Sizes.Where(s => s <= maxKilobytes))
            {
                var row = Measure(extractor, Text(kind, samples, kb * 1024), kb, kind);
                rows.Add(row);
                yield return row.ToString();
            }

            var min = rows.Min(r => r.MicrosecondsPerKilobyte);
            var max = rows.Max(r => r.MicrosecondsPerKilobyte);
            yield return Messages.Current.ScalingSpread(Label(kind), rows[0].Kilobytes, rows[^1].Kilobytes, min, max);
        }
    }

    private static ScalingRow Measure(ArticleExtractor extractor, SourceArticle article, int kb, ScalingText kind)
    {
        // The garbage of the last measurement is not this one's to collect.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (kb < MeasureOnceFromKilobytes)
        {
            extractor.Extract(article); // warm-up, and the same work as measured
        }

        var repeats = 0;
        var sw = Stopwatch.StartNew();
        do
        {
            extractor.Extract(article);
            repeats++;
        }
        while (sw.Elapsed < TimeSpan.FromMilliseconds(300));
        return new ScalingRow(kb, kind, sw.Elapsed / repeats);
    }

    /// <summary>About <paramref name="bytes"/> of UTF-8 text of <paramref name="kind"/>.</summary>
    public static SourceArticle Text(ScalingText kind, IReadOnlyList<SourceArticle> samples, int bytes)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var ends = kind is ScalingText.Samples or ScalingText.People;
        var sb = new StringBuilder("Заголовок\n\n");
        var size = Encoding.UTF8.GetByteCount(sb.ToString());
        for (var i = 0; size < bytes; i++)
        {
            var body = kind is ScalingText.People or ScalingText.PeopleNoEnds
                ? GeneratedArticles.Article(i, 100_000).Text
                : samples[i % samples.Count].Text;
            if (!ends)
            {
                body = new string(body.Select(c => c is '.' or '!' or '?' or '…' or '\n' or '\r' ? ' ' : c).ToArray());
            }

            var take = body.Length;
            var left = bytes - size;
            while (Encoding.UTF8.GetByteCount(body.AsSpan(0, take)) > left && take > 0)
            {
                take = Math.Min(take - 1, take / 2 + left / 2);
            }

            sb.Append(body, 0, take).Append(ends ? "\n" : " ");
            size += Encoding.UTF8.GetByteCount(body.AsSpan(0, take)) + 1;
        }

        return new SourceArticle { Path = $"scaling-{bytes}.txt", Title = "Заголовок", Text = sb.ToString() };
    }
}
