namespace KnowledgeGraph.Extraction.Tests.Support;

/// <summary>The sample articles of <c>graph-seeds/articles</c> (our own writing), for tests that check a shortcut against the full answer on real sentences.</summary>
public static class SampleArticles
{
    public static string Folder => Path.Combine(RepoPaths.Root ?? throw new InvalidOperationException("repository root not found"), "graph-seeds", "articles");

    /// <summary>The articles' files, in name order.</summary>
    public static IReadOnlyList<string> Paths => [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>The sample articles, then the regression corpus's (<see cref="Regression.RegressionCorpusTests.ArticleFiles"/>): every article the tests can read whole.</summary>
    public static IReadOnlyList<string> AndRegressionArticles => [.. Paths.Concat(Regression.RegressionCorpusTests.ArticleFiles())];

    /// <summary>The entity side's analysis of the article at <paramref name="path"/>.</summary>
    public static DocumentAnalysis Analyse(string path) => Extractors.Default.Analyse(Extractors.Article(File.ReadAllText(path), path));

    public static IEnumerable<DocumentAnalysis> Documents() => Paths.Select(Analyse);
}
