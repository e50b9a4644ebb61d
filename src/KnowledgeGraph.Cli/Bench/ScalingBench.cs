using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>One row of the scaling table: extraction time of one text of a given length.</summary>
public sealed record ScalingRow(int Kilobytes, bool SentenceEnds, TimeSpan PerText)
{
    public double MicrosecondsPerKilobyte => PerText.TotalMicroseconds / Kilobytes;

    public override string ToString() =>
        $"{Kilobytes,6} KB  {(SentenceEnds ? "sentences      " : "no sentence end")}  {PerText.TotalMilliseconds,10:0.0} ms  {MicrosecondsPerKilobyte,8:0} µs/KB";
}

/// <summary>
/// <c>kg bench --scaling</c>: extraction time against text length, from 1 KB to 8 MB, for
/// news text (the samples repeated) and for the same words with every sentence end removed.
/// Time per KB should stay flat: no stage may cost more than linear time in the text.
/// </summary>
public static class ScalingBench
{
    public static readonly int[] Sizes = [1, 4, 16, 64, 256, 1024, 4096, 8192];

    public static IEnumerable<ScalingRow> Run(ArticleExtractor extractor, IReadOnlyList<SourceArticle> samples, int maxKilobytes)
    {
        // Every stage compiled at its best (tiered JIT) before the first measurement.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3))
        {
            extractor.Extract(Text(samples, 16 * 1024, true));
            extractor.Extract(Text(samples, 16 * 1024, false));
        }

        foreach (var ends in new[] { true, false })
        {
            foreach (var kb in Sizes.Where(s => s <= maxKilobytes))
            {
                var article = Text(samples, kb * 1024, ends);
                extractor.Extract(article); // warm-up, and the same work as measured
                var repeats = 0;
                var sw = Stopwatch.StartNew();
                do
                {
                    extractor.Extract(article);
                    repeats++;
                }
                while (sw.Elapsed < TimeSpan.FromMilliseconds(300));
                yield return new ScalingRow(kb, ends, sw.Elapsed / repeats);
            }
        }
    }

    /// <summary>About <paramref name="bytes"/> of UTF-8 text: sample bodies in turn, with or without their stops.</summary>
    public static SourceArticle Text(IReadOnlyList<SourceArticle> samples, int bytes, bool sentenceEnds)
    {
        var sb = new StringBuilder("Заголовок\n\n");
        var size = Encoding.UTF8.GetByteCount(sb.ToString());
        for (var i = 0; size < bytes; i++)
        {
            var body = samples[i % samples.Count].Text;
            if (!sentenceEnds)
            {
                body = new string(body.Select(c => c is '.' or '!' or '?' or '…' or '\n' or '\r' ? ' ' : c).ToArray());
            }

            var take = body.Length;
            var left = bytes - size;
            while (Encoding.UTF8.GetByteCount(body.AsSpan(0, take)) > left && take > 0)
            {
                take = Math.Min(take - 1, take / 2 + left / 2);
            }

            sb.Append(body, 0, take).Append(sentenceEnds ? "\n" : " ");
            size += Encoding.UTF8.GetByteCount(body.AsSpan(0, take)) + 1;
        }

        return new SourceArticle { Path = $"scaling-{bytes}.txt", Title = "Заголовок", Text = sb.ToString() };
    }
}
