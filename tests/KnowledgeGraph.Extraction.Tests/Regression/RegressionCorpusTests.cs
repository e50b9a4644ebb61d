using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Extraction.Tests.Regression;

/// <summary>
/// The regression corpus: every article of <c>Regression/Articles</c> is extracted and its graph
/// compared with the approved snapshot beside it (see the README of that folder).
/// </summary>
public sealed partial class RegressionCorpusTests
{
    public static string Folder => Path.Combine(
        RepoPaths.Root ?? throw new InvalidOperationException("repository root not found"),
        "tests", "KnowledgeGraph.Extraction.Tests", "Regression", "Articles");

    /// <summary>The article files: <c>sample-NN-topic-words.txt</c>.</summary>
    public static IEnumerable<string> ArticleFiles() =>
        Directory.GetFiles(Folder).Where(f => ArticleName().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal);

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ArticleFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void The_graph_of_each_article_matches_its_approved_snapshot(string name)
    {
        var path = Path.Combine(Folder, name);
        var article = new ArticleReader().Read(path);
        var doc = Extractors.Default.Extract(article);

        Assert.Empty(GraphValidator.Check(doc, article.Text));
        ApprovedSnapshot.Verify(path, GraphSnapshotText.Render(doc));
    }

    [Fact]
    public void The_corpus_has_at_least_30_articles_and_no_snapshot_without_its_article()
    {
        var articles = ArticleFiles().Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        Assert.True(articles.Count >= 30, $"{articles.Count} articles in {Folder}");
        var orphans = Directory.GetFiles(Folder, "*.approved.txt")
            .Select(Path.GetFileName)
            .Where(f => !articles.Contains(f![..^".approved.txt".Length] + ".txt"))
            .ToList();
        Assert.True(orphans.Count == 0, "approved snapshots without an article: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Articles_are_marked_as_samples_only_outside_their_text()
    {
        foreach (var file in ArticleFiles())
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("KnowledgeGraph", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("образец", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex(@"^sample-\d{2}-[a-z0-9-]+\.txt$")]
    private static partial Regex ArticleName();
}
