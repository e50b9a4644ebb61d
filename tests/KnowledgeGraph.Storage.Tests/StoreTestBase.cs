using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>A store in a fresh temp folder per test, removed afterwards.</summary>
public abstract class StoreTestBase : IDisposable
{
    private readonly List<GraphStore> _opened = [];

    protected StoreTestBase()
    {
        Dir = Path.Combine(Path.GetTempPath(), "kg-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        DbPath = Path.Combine(Dir, "graph.db");
        Store = Open();
    }

    protected string Dir { get; }

    protected string DbPath { get; }

    protected GraphStore Store { get; }

    protected GraphStore Open()
    {
        var store = GraphStore.Open(DbPath);
        _opened.Add(store);
        return store;
    }

    /// <summary>A trigger in the store makes the insert of a relationship whose properties say "fail here" fail ("injected").</summary>
    protected void InjectFailure()
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "CREATE TRIGGER fail_here BEFORE INSERT ON relationships WHEN NEW.properties LIKE '%fail here%' BEGIN SELECT RAISE(ABORT, 'injected'); END;";
        cmd.ExecuteNonQuery();
    }

    protected SaveResult Save(ArticleBuilder article) => Store.Save(article.Source, article.Build());

    /// <summary>Everything the store holds, as JSON (the time each article was stored left out).</summary>
    protected static string Snapshot(GraphStore store)
    {
        var all = store.ReadAll();
        return System.Text.Json.JsonSerializer.Serialize(new { Articles = all.Articles.Select(a => a with { IngestedAt = "" }), all.Entities, all.Relationships });
    }

    public void Dispose()
    {
        foreach (var s in _opened)
        {
            s.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>Builds an invented article and its graph; mentions and evidence are found in the text.</summary>
public sealed class ArticleBuilder(string text, string path = "articles/test.txt")
{
    private readonly List<Entity> _entities = [];
    private readonly List<Relationship> _relationships = [];

    public SourceArticle Source { get; } = new() { Path = path, Title = text.Split('\n')[0], Text = text };

    public string Key => Source.Key;

    public string? Place { get; set; }

    public ArticleBuilder Entity(string key, string name, string label = GraphLabels.Person, string[]? aliases = null, params (string Key, object Value)[] properties)
    {
        var entity = new Entity { Key = key, Label = label, Name = name, Aliases = [.. aliases ?? []] };
        foreach (var (k, v) in properties)
        {
            entity.Properties[k] = v;
        }

        foreach (var form in new[] { name }.Concat(entity.Aliases))
        {
            for (var i = text.IndexOf(form, StringComparison.Ordinal); form.Length > 0 && i >= 0; i = text.IndexOf(form, i + form.Length, StringComparison.Ordinal))
            {
                entity.Mentions.Add(TextSpan.Of(text, i, i + form.Length));
            }
        }

        _entities.Add(entity);
        return this;
    }

    public ArticleBuilder Rel(string type, string start, string end, string? evidence = null, double? confidence = 0.8, params (string Key, object Value)[] properties)
    {
        var r = new Relationship { Type = type, Start = start, End = end };
        if (confidence is { } c)
        {
            r.Properties["confidence"] = c;
        }

        foreach (var (k, v) in properties)
        {
            r.Properties[k] = v;
        }

        if (evidence is not null)
        {
            var i = text.IndexOf(evidence, StringComparison.Ordinal);
            Assert.True(i >= 0, $"evidence '{evidence}' is not in the text");
            r.Evidence = TextSpan.Of(text, i, i + evidence.Length);
        }

        _relationships.Add(r);
        return this;
    }

    public GraphDocument Build() => new()
    {
        Article = new ArticleInfo { Key = Key, Title = Source.Title, Path = path, Source = "Тестовый вестник", Place = Place },
        Entities = _entities,
        Relationships = _relationships,
    };
}
