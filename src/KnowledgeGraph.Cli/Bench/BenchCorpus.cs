using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>
/// Articles for measurements: the sample articles of <c>graph-seeds/articles</c>, each made
/// distinct by a numbered paragraph and padded with its own sentences to about 3 KB.
/// </summary>
public static class BenchCorpus
{
    public const int TargetChars = 3000;

    public static IReadOnlyList<SourceArticle> Samples(string folder)
    {
        var reader = new ArticleReader();
        var samples = ArticleFinder.Expand([folder])
            .Where(x => x.Error is null && !x.Path.EndsWith(".md", StringComparison.Ordinal))
            .Select(x => reader.Read(x.Path))
            .ToList();
        return samples.Count > 0 ? samples : throw new InvalidOperationException($"no sample articles in {folder}");
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

    /// <summary>A folder found by walking up from the working directory and the program's folder.</summary>
    public static string FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "graph-seeds", "articles");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("graph-seeds/articles not found above the working directory or the program");
    }
}
