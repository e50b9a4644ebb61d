using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The writer stage: an article too large for a group of articles closes the open group and is stored alone, in input order.</summary>
public sealed class IngestGroupTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-group-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>An article of our own writing; <paramref name="meetings"/> relationships make it larger (22 rows for one, 6 more for each further one).</summary>
    private static ExtractedArticle Article(int n, int meetings)
    {
        var text = $"Статья {n}: Вера Лунина встретилась с Олегом Ткачом.";
        var article = new SourceArticle { Path = $"a{n}.txt", Title = $"Статья {n}", Text = text };
        Entity Person(string key, string name)
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            return new Entity { Key = key, Label = GraphLabels.Person, Name = name, Mentions = [TextSpan.Of(text, start, start + name.Length)] };
        }

        var sentence = text.IndexOf("Вера", StringComparison.Ordinal);
        var relationships = Enumerable.Range(0, meetings).Select(i => new Relationship
        {
            Type = RelationshipTypes.MetWith,
            Start = i % 2 == 0 ? "person:lunina-vera" : "person:tkach-oleg",
            End = i % 2 == 0 ? "person:tkach-oleg" : "person:lunina-vera",
            Evidence = TextSpan.Of(text, sentence, text.Length),
        }).ToList();
        var document = new GraphDocument
        {
            Article = new ArticleInfo { Key = article.Key, Title = article.Title, Path = article.Path },
            Entities = [Person("person:lunina-vera", "Вера Лунина"), Person("person:tkach-oleg", "Олегом Ткачом")],
            Relationships = relationships,
        };
        return new ExtractedArticle(article.Path, article, document, null);
    }

    [Fact]
    public void An_article_too_large_for_a_group_is_stored_alone_after_the_group_before_it()
    {
        var path = Path.Combine(_dir, "graph.db");
        var reported = new List<(string Path, int StoredBefore)>();
        using var store = GraphStore.Open(path, new StoreTuning { SavepointWrites = 25 });
        using var reader = GraphStore.OpenRead(path);
        var items = new[] { Article(1, 1), Article(2, 2), Article(3, 1), new ExtractedArticle("unread.txt", null, null, new ArticleOutcome("unread.txt", ArticleStatus.Failed, Error: "unreadable")), Article(4, 1) };
        Assert.Equal([true, false, true, true], items.Where(i => i.Document is not null).Select(i => store.FitsGroup(i.Document!)));

        using (var group = new IngestGroup(store, 100, TimeSpan.FromMinutes(1), Save, o => reported.Add((o.Path, reader.Counts().Articles))))
        {
            foreach (var item in items)
            {
                group.Consume(item);
            }

            group.Idle();
        }

        // Reported in input order, each once durable: a1 with its group (closed by a2), a2 alone, then a3, the unread file and a4 together.
        Assert.Equal([("a1.txt", 1), ("a2.txt", 2), ("a3.txt", 4), ("unread.txt", 4), ("a4.txt", 4)], reported);
        Assert.Equal(4, reader.Counts().Articles);
        Assert.Equal(4, reader.Entity("person:lunina-vera")!.MentionCount);
    }

    private static ArticleOutcome Save(ExtractedArticle item, Func<SaveResult> save)
    {
        var saved = save();
        return new ArticleOutcome(item.Path, saved.AlreadyStored ? ArticleStatus.AlreadyStored : ArticleStatus.Stored, item.Article!.Key, saved.EntitiesAdded, saved.RelationshipsAdded);
    }
}
