using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// Person grouping and the resolver keep their working lists and tables per thread and use them again article after
/// article. Whatever articles a thread read before, an article's persons and entities must be those a fresh thread
/// (new, empty tables: the plain path) makes of it; and the groups' small lists must answer as the sets they replaced.
/// </summary>
public class ReusedScratchTests
{
    private static readonly List<MentionContext> Contexts = [.. SampleArticles.AndRegressionArticles
        .Select(path => Extractors.Default.Recognize(Extractors.Article(File.ReadAllText(path), path)))];

    [Fact]
    public void Grouping_after_other_articles_names_the_persons_a_fresh_thread_names()
    {
        var fresh = Contexts.Select(c => FreshThread.Run(() => Grouped(c))).ToList();
        var persons = 0;
        // one thread, every article read twice, forwards then backwards: each after a different article
        foreach (var k in Enumerable.Range(0, Contexts.Count).Concat(Enumerable.Range(0, Contexts.Count).Reverse()))
        {
            Assert.Equal(fresh[k], Grouped(Contexts[k]));
            persons += fresh[k].Count;
        }

        Assert.True(persons > 500, $"only {persons} person mentions");
    }

    [Fact]
    public void Resolving_after_other_articles_makes_the_entities_a_fresh_thread_makes()
    {
        var fresh = Contexts.Select(c => FreshThread.Run(() => Resolved(c))).ToList();
        foreach (var k in Enumerable.Range(0, Contexts.Count).Concat(Enumerable.Range(0, Contexts.Count).Reverse()))
        {
            Assert.Equal(fresh[k], Resolved(Contexts[k]));
        }

        var entities = fresh.Sum(f => f.Count);
        Assert.True(entities > 500, $"only {entities} entities");
    }

    [Fact]
    public void A_groups_list_adds_and_overlaps_as_a_set_does()
    {
        var random = new Random(13);
        string[] words = ["ким", "кима", "ли", "пак", "пака", "цой", "чен", "ын"];
        for (var round = 0; round < 2000; round++)
        {
            var list = new List<string>();
            var set = new HashSet<string>(StringComparer.Ordinal);
            var items = new List<string>();
            for (var n = random.Next(6); n > 0; n--)
            {
                // equal strings that are not the same object: the comparison must be by value
                var word = new string(words[random.Next(words.Length)].AsSpan());
                Assert.Equal(set.Add(word), PersonGrouping.AddNew(list, word));
            }

            for (var n = random.Next(4); n > 0; n--)
            {
                items.Add(new string(words[random.Next(words.Length)].AsSpan()));
            }

            Assert.Equal(set.Order(StringComparer.Ordinal), list.Order(StringComparer.Ordinal));
            Assert.Equal(set.Overlaps(items), PersonGrouping.Overlaps(list, items));
        }
    }

    private static List<string> Grouped(MentionContext c) =>
        [.. PersonGrouping.Name(c).Select(x => $"{x.Mention.First}-{x.Mention.Last} {x.Key} {x.Name}")];

    private static List<string> Resolved(MentionContext c) =>
        [.. EntityResolver.Resolve(c).Select(e =>
            $"{e.Key} {e.Label} {e.Name} [{string.Join("|", e.Aliases)}] [{string.Join("|", e.Mentions.Select(m => $"{m.Start}-{m.End}"))}] [{string.Join("|", e.Properties.Select(p => $"{p.Key}={p.Value}"))}]")];
}
