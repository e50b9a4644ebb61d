using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// Document-wide look-ups made cheaper: a name found without building a set (the first entity in document order, as
/// a scan finds it), a city's country remembered per place, and the folded words a thread keeps from article to article.
/// </summary>
public class LookupShortcutTests
{
    [Fact]
    public void A_name_is_found_as_a_scan_in_document_order_finds_it()
    {
        var asked = 0;
        foreach (var doc in SampleArticles.Documents())
        {
            var index = new EntityIndex(doc.Entities);
            var names = doc.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Append("Нет такого имени").ToList();
            foreach (var name in names)
            {
                foreach (var label in new[] { GraphLabels.Person, GraphLabels.Organization, GraphLabels.Country, GraphLabels.City, GraphLabels.Event })
                {
                    var scan = doc.Entities.FirstOrDefault(e => e.Label == label
                        && e.Aliases.Prepend(e.Name).Any(n => Names.Fold(n) == Names.Fold(name)));
                    Assert.Same(scan, index.Find(name, label));
                    asked += scan is null ? 0 : 1;
                }
            }
        }

        Assert.True(asked > 10, $"the samples should have names to find, found {asked}");
    }

    [Fact]
    public void A_city_country_is_the_same_when_asked_again()
    {
        foreach (var doc in SampleArticles.Documents())
        {
            var ctx = new RelationContext(doc, SentenceViews.Build(doc), RelationLexicons.Default);
            var fresh = new RelationContext(doc, SentenceViews.Build(doc), RelationLexicons.Default);
            foreach (var e in doc.Entities.Where(e => GraphLabels.Places.Contains(e.Label)))
            {
                var first = ctx.CountryOf(e);
                Assert.Same(first, ctx.CountryOf(e));
                Assert.Same(fresh.CountryOf(e), first);
            }
        }
    }

    [Fact]
    public void A_thread_keeps_its_folded_words_and_starts_again_past_the_limit()
    {
        var cache = FoldCache.ForThread();
        Assert.Same(cache, FoldCache.ForThread());
        Assert.Same(cache.Fold("Министр"), cache.Fold("Министр".AsSpan()));
        FoldCache? other = null;
        var thread = new Thread(() => other = FoldCache.ForThread());
        thread.Start();
        thread.Join();
        Assert.NotSame(cache, other);

        for (var i = 0; cache.Count < FoldCache.ThreadLimit; i++)
        {
            cache.Fold("слово" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Same(cache, FoldCache.ForThread());
        Assert.Equal(0, cache.Count);
        Assert.Equal("министр", cache.Fold("МИНИСТР"));
    }

    [Fact]
    public void The_referents_of_mentions_are_each_mention_referents_in_order()
    {
        Entity Made(string key) => new() { Key = key, Label = GraphLabels.Country, Name = key };
        var (a, b, c) = (Made("country:a"), Made("country:b"), Made("country:c"));
        List<MentionRef> mentions = [new(a, 0, 1, 0, 0, true), new(b, 2, 3, 1, 1, true, c), new(a, 4, 5, 2, 2, false)];

        Assert.Equal(mentions.SelectMany(m => m.Referents), MentionRef.ReferentsOf(mentions));
        Assert.Equal([a, b, c, a], MentionRef.ReferentsOf(mentions));
        Assert.Empty(MentionRef.ReferentsOf([]));
    }
}
