using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// A sentence view answers from per-token indexes and from what its document's views remember together: each answer
/// must be the one the scan it replaced gives, also after the relation stage adds mentions and when the views are
/// asked in turn (the remembered titles belong to the sentence asked last).
/// </summary>
public class SentenceViewIndexTests
{
    private static readonly string[] Labels = [GraphLabels.Person, GraphLabels.Organization, GraphLabels.Event, GraphLabels.Work, GraphLabels.Country];

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in SampleArticles.Paths)
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Mentions_by_token_answer_as_the_scan_before_and_after_the_stage_adds_mentions(string sample)
    {
        var doc = Analyse(sample);
        var views = SentenceViews.Build(doc);
        AssertMentionsAsScan(views);

        var ctx = new RelationContext(doc, views, RelationLexicons.Default);
        EventDetector.Detect(ctx);
        CollectiveSubjects.Mark(ctx);
        Assert.Contains(views, v => v.Mentions.Exists(m => m.Label == GraphLabels.Event));
        AssertMentionsAsScan(views);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Remembered_titles_answer_as_the_index_when_views_are_asked_in_turn(string sample)
    {
        var doc = Analyse(sample);
        var titles = (doc.Lexicons?.Relations ?? RelationLexicons.Default).Positions; // the index the views remember
        var views = SentenceViews.Build(doc);
        var longest = views.Max(v => v.Tokens.Count);
        var found = 0;

        // token k of every view, then k + 1: each question moves to another sentence
        for (var k = 0; k < longest; k++)
        {
            foreach (var v in views.Where(v => k < v.Tokens.Count))
            {
                var expected = titles.Longest(v.Tokens, k);
                Assert.Equal(expected, v.Longest(titles, k));
                Assert.Equal(expected, v.Longest(titles, k));
                Assert.Equal(TitleForms.Noun(v.Word(k), titles), v.TitleNoun(k, titles));
                found += expected is null ? 0 : 1;
            }
        }

        // another index is asked directly, and still answers
        var events = RelationLexicons.Default.Events;
        foreach (var v in views)
        {
            for (var k = 0; k < v.Tokens.Count; k++)
            {
                Assert.Equal(events.Longest(v.Tokens, k), v.Longest(events, k));
            }
        }

        Assert.True(found > 0, "the sample should hold titles");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Matches_skipping_words_by_their_keys_are_every_match_of_the_index(string sample)
    {
        var doc = Analyse(sample);
        var lx = doc.Lexicons!.Relations; // the lexicons whose keys the views hold: their indexes are the ones skipped
        var views = SentenceViews.Build(doc);
        TriggerIndex[] indexes = [lx.MetWith, lx.Praised, lx.Criticized, lx.Visited, lx.Participated, lx.Organized, lx.Agreed, lx.Authored, lx.Positions, lx.Events, lx.PositionBodies];
        var found = 0;
        var skipped = 0;
        foreach (var v in views)
        {
            foreach (var index in indexes)
            {
                var all = new List<TriggerMatch>();
                foreach (var m in index.Matches(v.Tokens))
                {
                    all.Add(m);
                }

                var skipping = new List<TriggerMatch>();
                foreach (var m in v.Matches(index))
                {
                    skipping.Add(m);
                }

                Assert.Equal(all, skipping);
                found += all.Count;
                skipped += v.Tokens.Count - Enumerable.Range(0, v.Tokens.Count).Count(k => v.MayMatch(index, k));
                for (var k = 0; k < v.Tokens.Count; k++)
                {
                    Assert.True(v.MayMatch(index, k) || index.Longest(v.Tokens, k) is null, $"«{v.Word(k)}» was passed but matches");
                }
            }
        }

        Assert.True(found > 0, "the sample should hold triggers");
        Assert.True(skipped > found, $"most words should be passed without a look-up, {skipped} were");
    }

    [Fact]
    public void A_word_key_mask_has_the_bit_of_each_index_with_a_key_the_word_starts_with()
    {
        var a = new TriggerIndex([TriggerPattern.Parse("встреча/встречи"), TriggerPattern.Parse("в ходе")]);
        var b = new TriggerIndex([TriggerPattern.Parse("вст*"), TriggerPattern.Parse("министр")]);
        var keys = new TriggerKeys(a, b);
        Assert.Equal(1, keys.BitOf(a));
        Assert.Equal(2, keys.BitOf(b));
        Assert.Equal(0, keys.BitOf(new TriggerIndex([TriggerPattern.Parse("встреча")])));
        Assert.Equal(3, keys.MaskOf("встречи"));
        Assert.Equal(1, keys.MaskOf("визит"));
        Assert.Equal(1, keys.MaskOf("в"));
        Assert.Equal(2, keys.MaskOf("министра"));
        Assert.Equal(0, keys.MaskOf("посол"));
    }

    private static void AssertMentionsAsScan(List<SentenceView> views)
    {
        foreach (var v in views)
        {
            for (var i = -1; i <= v.Tokens.Count; i++)
            {
                Assert.Same(v.Mentions.Find(m => m.First <= i && i <= m.Last), v.MentionAt(i));
                Assert.Same(v.Mentions.FindLast(m => m.Last < i), v.MentionBefore(i));
                Assert.Equal(v.Mentions.FindAll(m => m.Last < i).AsEnumerable().Reverse(), Enumerate(v.MentionsBefore(i)));
                foreach (var label in Labels)
                {
                    Assert.Same(v.Mentions.FindLast(m => m.Last < i && m.Label == label), v.MentionBefore(i, label));
                }
            }
        }
    }

    private static List<MentionRef> Enumerate(MentionsBeforeToken mentions)
    {
        var list = new List<MentionRef>();
        foreach (var m in mentions)
        {
            list.Add(m);
        }

        return list;
    }

    private static DocumentAnalysis Analyse(string sample) => SampleArticles.Analyse(Path.Combine(SampleArticles.Folder, sample));
}
