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

/// <summary>One row of the scaling table: extraction time of one text of a given length (medians over the rounds).</summary>
public sealed record ScalingRow(int Kilobytes, ScalingText Kind, TimeSpan PerText, TimeSpan CpuPerText)
{
    public double MicrosecondsPerKilobyte => PerText.TotalMicroseconds / Kilobytes;

    public double CpuMicrosecondsPerKilobyte => CpuPerText.TotalMicroseconds / Kilobytes;

    public override string ToString() =>
        Messages.Current.ScalingRow(Kilobytes, ScalingBench.Label(Kind), PerText, MicrosecondsPerKilobyte, CpuMicrosecondsPerKilobyte);
}

/// <summary>
/// <c>kg bench --scaling</c>: extraction time against text length, from 1 KB to 8 MB, for news text
/// (the samples repeated), for text whose entities keep growing (generated articles about invented
/// people), each with and without sentence ends. Time per KB should stay flat: no stage may cost
/// more than linear time in the text. Each kind ends with a line giving the spread of µs/KB.
/// </summary>
/// <remarks>
/// The method is the same at every size: one warm-up for all (every stage compiled at its best), one
/// untimed extraction of each text, then <see cref="Rounds"/> rounds that each time every text once,
/// in turn (so a busier minute of the machine falls on all sizes alike), a small text as often as it
/// takes to fill <see cref="MinimumPerMeasurement"/>; each row is the median of its rounds. Beside
/// the wall time the process's CPU time is given, which other programs on the machine disturb less.
/// </remarks>
public static class ScalingBench
{
    public static readonly int[] Sizes = [1, 4, 16, 64, 256, 1024, 4096, 8192];

    public const int Rounds = 3;

    private static readonly TimeSpan MinimumPerMeasurement = TimeSpan.FromMilliseconds(300);

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

        var texts = Enum.GetValues<ScalingText>()
            .SelectMany(kind => Sizes.Where(s => s <= maxKilobytes).Select(kb => (Kind: kind, Kb: kb, Article: Text(kind, samples, kb * 1024))))
            .ToList();
        foreach (var t in texts)
        {
            extractor.Extract(t.Article);
        }

        var times = texts.ToDictionary(t => (t.Kind, t.Kb), _ => new List<(TimeSpan Wall, TimeSpan Cpu)>());
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var t in texts)
            {
                times[(t.Kind, t.Kb)].Add(Measure(extractor, t.Article));
            }
        }

        foreach (var kind in Enum.GetValues<ScalingText>())
        {
            var rows = texts.Where(t => t.Kind == kind)
                .Select(t => new ScalingRow(t.Kb, kind, Median(times[(kind, t.Kb)].Select(x => x.Wall)), Median(times[(kind, t.Kb)].Select(x => x.Cpu))))
                .ToList();
            foreach (var row in rows)
            {
                yield return row.ToString();
            }

            var low = rows.MinBy(r => r.MicrosecondsPerKilobyte)!;
            var high = rows.MaxBy(r => r.MicrosecondsPerKilobyte)!;
            var cpuSpread = rows.Max(r => r.CpuMicrosecondsPerKilobyte) / rows.Min(r => r.CpuMicrosecondsPerKilobyte);
            yield return Messages.Current.ScalingSpread(
                Label(kind), rows[0].Kilobytes, rows[^1].Kilobytes, low.MicrosecondsPerKilobyte, low.Kilobytes, high.MicrosecondsPerKilobyte, high.Kilobytes, cpuSpread);
        }
    }

    /// <summary>Wall and CPU time of one extraction of <paramref name="article"/>, averaged over as many as fill the minimum.</summary>
    private static (TimeSpan Wall, TimeSpan Cpu) Measure(ArticleExtractor extractor, SourceArticle article)
    {
        // The garbage of the last measurement is not this one's to collect.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var repeats = 0;
        var sw = Stopwatch.StartNew();
        do
        {
            extractor.Extract(article);
            repeats++;
        }
        while (sw.Elapsed < MinimumPerMeasurement);
        sw.Stop();
        process.Refresh();
        return (sw.Elapsed / repeats, (process.TotalProcessorTime - cpu) / repeats);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
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
