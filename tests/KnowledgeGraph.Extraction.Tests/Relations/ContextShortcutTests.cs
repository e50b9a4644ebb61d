using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// Shortcuts of the relation stage's shared look-ups, each against the plain path it replaced: the loops that replaced
/// sorting queries for the main and the visiting country, the first organisation with a prefix found without a set,
/// a relationship's evidence asked along its list while it is short, the sink's ends indexed from the first question,
/// and the blank test of name folds.
/// </summary>
public class ContextShortcutTests
{
    [Fact]
    public void The_main_and_the_visiting_country_are_those_the_sorting_queries_give_first()
    {
        var lists = Documents().Select(d => d.Entities).ToList();

        // ties the queries settle by first mention, then by list order
        lists.Add([Country("c:a", 30, 50), Country("c:b", 10, 60), Country("c:c", 10, 5), Person("p:x", 0, 1, 2)]);
        lists.Add([Country("c:a", 40, 50), Country("c:b", 40, 60), Country("c:c"), Country("c:d", 3)]);
        lists.Add([Country("c:a"), Person("p:x", 1)]);
        lists.Add([]);
        var (main, other) = (0, 0);
        foreach (var entities in lists)
        {
            var expected = entities
                .Where(e => e.Label == GraphLabels.Country && e.Mentions.Count > 0)
                .OrderByDescending(e => e.Mentions.Count)
                .ThenBy(e => e.Mentions.Min(m => m.Start))
                .FirstOrDefault();
            Assert.Same(expected, RelationContext.MostMentioned(entities));
            main += expected is null ? 0 : 1;
            foreach (var host in entities.Where(e => e.Label == GraphLabels.Country))
            {
                var home = entities
                    .Where(e => e.Label == GraphLabels.Country && e.Key != host.Key)
                    .OrderByDescending(e => e.Mentions.Count)
                    .FirstOrDefault();
                Assert.Same(home, RelationContext.MostMentionedOther(entities, host));
                other += home is null ? 0 : 1;
            }
        }

        Assert.True(main > 5 && other > 5, $"the lists should have countries, had {main} and {other}");
    }

    [Fact]
    public void The_first_organisation_with_a_prefix_is_the_first_the_query_gives()
    {
        var asked = 0;
        foreach (var doc in Documents())
        {
            var index = new EntityIndex(doc.Entities);
            var places = doc.Entities.Where(e => e.Label is GraphLabels.Country or GraphLabels.City).Take(2)
                .Select(e => new MentionRef(e, 0, 0, 0, 0, true)).ToList();
            var prefixes = doc.Entities.SelectMany(e => e.Aliases.Prepend(e.Name))
                .SelectMany(n => new[] { n[..Math.Min(2, n.Length)], n[..Math.Min(5, n.Length)], n })
                .Distinct(StringComparer.Ordinal);
            foreach (var prefix in prefixes)
            {
                foreach (var label in new[] { GraphLabels.Organization, GraphLabels.Person })
                {
                    // the plain answer: every entity of the label with a name or alias folding to a string that starts with the prefix's fold, in document order
                    var folded = Names.Fold(prefix);
                    var all = doc.Entities.Where(e => e.Label == label
                        && e.Aliases.Prepend(e.Name).Any(n => Names.Fold(n).StartsWith(folded, StringComparison.Ordinal))).ToList();

                    // any, of the same places, and not the first (so the answer is a later one)
                    Assert.Same(all.FirstOrDefault(), index.FirstWithPrefix(prefix, label, static (_, _) => true, 0));
                    Assert.Same(all.FirstOrDefault(e => TitleBodies.OfSamePlace(e, places)), index.FirstWithPrefix(prefix, label, TitleBodies.OfSamePlace, places));
                    var notFirst = all.FirstOrDefault();
                    Assert.Same(all.FirstOrDefault(e => e != notFirst), index.FirstWithPrefix(prefix, label, static (e, first) => e != first, notFirst));
                    asked += all.Count > 1 ? 1 : 0;
                }
            }
        }

        Assert.True(asked > 10, $"the samples should have prefixes several entities share, had {asked}");
    }

    [Fact]
    public void Evidence_past_the_scan_limit_is_kept_once_as_a_list_scan_keeps_it()
    {
        var a = new Entity { Key = "person:a", Label = GraphLabels.Person, Name = "А" };
        var b = new Entity { Key = "organization:b", Label = GraphLabels.Organization, Name = "Б" };
        var sink = new RelationSink(new HashSet<string>([a.Key, b.Key], StringComparer.Ordinal));
        var text = new string('x', 1000);

        // each sentence given again after the next ones, some only once the list is past the limit
        var given = new List<TextSpan>();
        for (var i = 0; i < RelationSink.ScanLimit * 3; i++)
        {
            given.Add(TextSpan.Of(text, i * 10, (i * 10) + 5));
            given.Add(TextSpan.Of(text, (i / 2) * 10, ((i / 2) * 10) + 5));
        }

        foreach (var s in given)
        {
            Assert.True(sink.Add(RelationshipTypes.MemberOf, a, b, s, 0.5));
        }

        var expected = given.Select(s => (s.Start, s.End)).Distinct().ToList();
        Assert.Equal(expected, Assert.Single(sink.Relationships).AllEvidence.Select(e => (e.Start, e.End)).ToList());
    }

    [Fact]
    public void The_ends_of_a_start_are_those_a_scan_of_the_relationships_finds_whenever_asked()
    {
        var people = Enumerable.Range(0, 4).Select(i => new Entity { Key = $"person:{i}", Label = GraphLabels.Person, Name = $"П{i}" }).ToList();
        var bodies = Enumerable.Range(0, 4).Select(i => new Entity { Key = $"organization:{i}", Label = GraphLabels.Organization, Name = $"О{i}" }).ToList();
        var sink = new RelationSink(new HashSet<string>(people.Concat(bodies).Select(e => e.Key), StringComparer.Ordinal));
        var evidence = TextSpan.Of("Предложение.", 0, 12);
        var types = new[] { RelationshipTypes.HoldsPosition, RelationshipTypes.MemberOf };
        var asked = 0;
        for (var step = 0; step < 24; step++)
        {
            // asked before any relationship, between additions, and after repeated ones
            if (step % 5 == 0)
            {
                foreach (var type in types)
                {
                    foreach (var p in people)
                    {
                        var scanned = sink.Relationships.Where(r => r.Type == type && r.Start == p.Key).Select(r => r.End).ToList();
                        Assert.Equal(scanned, sink.EndsOf(type, p));
                        asked += scanned.Count;
                    }
                }
            }

            sink.Add(types[step % 2], people[step % 3], bodies[step % 4], evidence, 0.5);
        }

        Assert.True(asked > 10, $"the sink should have had ends to give, gave {asked}");
    }

    [Fact]
    public void The_blank_test_of_names_answers_as_the_runtime_for_every_character()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(char.IsWhiteSpace(c) == Names.IsBlank(c), $"U+{(int)c:X4}");
        }
    }

    /// <summary>The sample articles and the regression corpus's (our own writing), as the entity side analyses them.</summary>
    private static IEnumerable<DocumentAnalysis> Documents() =>
        SampleArticles.Documents().Concat(ReusedListTests.Documents());

    private static Entity Country(string key, params int[] starts) => Make(key, GraphLabels.Country, starts);

    private static Entity Person(string key, params int[] starts) => Make(key, GraphLabels.Person, starts);

    private static Entity Make(string key, string label, int[] starts)
    {
        var e = new Entity { Key = key, Label = label, Name = key };
        foreach (var s in starts)
        {
            e.Mentions.Add(TextSpan.Of(new string('x', 100), s, s + 1));
        }

        return e;
    }
}
