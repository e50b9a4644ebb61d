using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// Loops of the rules that replaced queries (their iterators, closures and sets were made at every trigger), each
/// against the query it replaced, on the sample articles' sentences and shuffled lists of their entities.
/// </summary>
public class RuleShortcutTests
{
    [Fact]
    public void Meeting_actors_are_ordered_as_a_stable_sort_by_first_mention_orders_them()
    {
        var random = new Random(13);
        var (moved, tied) = (0, 0);
        foreach (var doc in SampleArticles.Documents())
        {
            foreach (var v in SentenceViews.Build(doc))
            {
                for (var round = 0; round < 20; round++)
                {
                    // the sentence's entities and some of the document's (not in the sentence: tied last), shuffled, repeats kept
                    var actors = v.Mentions.Concat(v.Nested).Select(m => m.Entity)
                        .Concat(doc.Entities.Where(_ => random.Next(8) == 0))
                        .Where(_ => random.Next(3) > 0)
                        .OrderBy(_ => random.Next()).ToList();
                    if (actors.Count > 0 && random.Next(3) == 0)
                    {
                        actors.Add(actors[random.Next(actors.Count)]);
                    }

                    var expected = actors.OrderBy(a => MeetingRule.FirstMentionIn(v, a)).ToList();
                    moved += expected.SequenceEqual(actors) ? 0 : 1;
                    tied += actors.Select(a => MeetingRule.FirstMentionIn(v, a)).GroupBy(f => f).Any(g => g.Count() > 1) ? 1 : 0;

                    Assert.Equal(expected, MeetingRule.ByFirstMention(v, [.. actors]));
                }
            }
        }

        Assert.True(moved > 50 && tied > 50, $"the lists should need ordering and hold ties, had {moved} and {tied}");
    }

    [Fact]
    public void Agreement_states_are_those_the_distinct_query_gives()
    {
        var random = new Random(17);
        var (mapped, dropped) = (0, 0);
        foreach (var doc in SampleArticles.Documents())
        {
            var ctx = new RelationContext(doc, SentenceViews.Build(doc), doc.Lexicons?.Relations ?? RelationLexicons.Default);
            var candidates = doc.Entities.Where(e => e.Label is GraphLabels.City or GraphLabels.Country or GraphLabels.Person).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            for (var round = 0; round < 60; round++)
            {
                var parties = Enumerable.Range(0, random.Next(6)).Select(_ => candidates[random.Next(candidates.Count)]).ToList();
                var expected = parties.Select(ctx.StateOf).DistinctBy(e => e.Key).ToList();
                mapped += parties.Any(p => !ReferenceEquals(ctx.StateOf(p), p)) ? 1 : 0;
                dropped += expected.Count < parties.Count ? 1 : 0;

                Assert.Equal(expected, AgreementRule.DistinctStates(ctx, parties));
            }
        }

        Assert.True(mapped > 5 && dropped > 20, $"the lists should hold capitals and repeats, had {mapped} and {dropped}");
    }
}
