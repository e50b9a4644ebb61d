using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// The relation stage keeps working lists and arrays per thread (the sentence views' gathering lists, the remembered
/// titles' arrays, the event detector's tables) and uses them again document after document. Whatever a thread extracted before, an article's
/// graph must be the one a fresh thread (new, empty tables: the plain path) makes of it.
/// </summary>
public class ReusedThreadExtractionTests
{
    private static readonly List<string> Paths = [.. SampleArticles.AndRegressionArticles];

    [Fact]
    public void An_article_extracted_after_other_articles_gives_the_graph_a_fresh_thread_gives()
    {
        var fresh = Paths.Select(p => FreshThread.Run(() => Graph(p))).ToList();
        var relationships = 0;
        // one thread, every article twice, forwards then backwards: each after a different article
        foreach (var k in Enumerable.Range(0, Paths.Count).Concat(Enumerable.Range(0, Paths.Count).Reverse()))
        {
            Assert.Equal(fresh[k].Json, Graph(Paths[k]).Json);
            relationships += fresh[k].Relationships;
        }

        Assert.True(relationships > 200, $"only {relationships} relationships");
    }

    private static (string Json, int Relationships) Graph(string path)
    {
        var document = Extractors.Default.Extract(Extractors.Article(File.ReadAllText(path), path));
        return (GraphJson.Serialize(document), document.Relationships.Count(r => r.Type != RelationshipTypes.Mentions));
    }
}
