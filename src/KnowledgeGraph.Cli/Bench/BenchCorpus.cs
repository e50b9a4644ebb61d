using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>
/// Articles for measurements: the sample articles of <c>graph-seeds/articles</c>, built into the
/// program (so <c>kg bench</c> works from a copied binary, in any folder), each made distinct by
/// a numbered paragraph and padded with its own sentences to about 3 KB.
/// </summary>
public static class BenchCorpus
{
    public const int TargetChars = 3000;

    private const string ResourcePrefix = "bench/";

    /// <summary>The sample articles embedded in the program.</summary>
    public static IReadOnlyList<SourceArticle> Samples()
    {
        var assembly = typeof(BenchCorpus).Assembly;
        var samples = new List<SourceArticle>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            samples.Add(ArticleReader.Parse(name[ResourcePrefix.Length..], buffer.ToArray()));
        }

        return samples.Count > 0 ? samples : throw new InvalidOperationException(Messages.Current.BenchNoSamples);
    }
    /// <summary>The <paramref name="index"/>-th article: a sample, its body repeated up to ~3 KB, and a numbered line.</summary>
    public static SourceArticle Article(IReadOnlyList<SourceArticle> samples, int index)
    {
        var s = samples[index % samples.Count];
        var text = s.Text;
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var sb = new System.Text.StringBuilder(text, TargetChars + 512);
        while (sb.Length < TargetChars)
        {
            sb.Append('\n').Append(body);
        }

        sb.Append("\nВыпуск ").Append(index).Append(".\n");
        return new SourceArticle { Path = $"bench-{index:D6}.txt", Title = s.Title, Text = sb.ToString(), Source = s.Source };
    }
}
