using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Extraction.Tests.Regression;

/// <summary>
/// The quick-start samples of <c>graph-seeds/articles</c> are marked as samples outside their text
/// (file names, the folder's README, the JSON <c>source</c>), so their graphs hold only the news.
/// </summary>
public sealed class SampleArticlesTests
{
    private static readonly string[] ProjectNames = ["KnowledgeGraph", "Knowledge Graph"];

    private static List<SourceArticle> Samples()
    {
        var folder = Path.Combine(RepoPaths.Root ?? throw new InvalidOperationException("repository root not found"), "graph-seeds", "articles");
        var reader = new ArticleReader();
        return [.. Directory.GetFiles(folder)
            .Where(f => ArticleReader.Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .Select(reader.Read)];
    }

    [Fact]
    public void The_graphs_of_the_samples_hold_no_entity_named_after_the_project()
    {
        var samples = Samples();
        Assert.True(samples.Count >= 3, $"{samples.Count} samples");
        foreach (var article in samples)
        {
            var doc = Extractors.Default.Extract(article);
            Assert.NotEmpty(doc.Entities);
            var named = doc.Entities
                .Where(e => e.Aliases.Append(e.Name).Any(n => ProjectNames.Any(p => n.Contains(p, StringComparison.OrdinalIgnoreCase))))
                .Select(e => $"{e.Label} «{e.Name}»")
                .ToList();
            Assert.True(named.Count == 0, $"{Path.GetFileName(article.Path)}: {string.Join(", ", named)}");
        }
    }

    [Fact]
    public void Samples_are_marked_by_file_name_and_not_in_their_text()
    {
        foreach (var article in Samples())
        {
            Assert.StartsWith("sample-", Path.GetFileName(article.Path), StringComparison.Ordinal);
            Assert.DoesNotContain("образец", article.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("KnowledgeGraph", article.Text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
