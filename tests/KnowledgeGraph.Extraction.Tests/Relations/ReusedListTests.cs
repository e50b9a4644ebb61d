using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Regression;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// The relation stage allocates less: a document's sentences are tokenised into one reused list and copied out at
/// their size, their mentions gathered in one reused list, and the sink knows a relationship's evidence by the
/// relationship itself. Each answer must be the one of the plain path it replaced.
/// </summary>
public class ReusedListTests
{
    [Fact]
    public void Tokens_made_in_a_reused_list_are_those_of_a_fresh_tokenising()
    {
        var sentences = 0;
        foreach (var doc in Documents())
        {
            var folds = new FoldCache();
            var reused = new List<Token>();
            var views = SentenceViews.Build(doc);
            for (var si = 0; si < doc.Sentences.Count; si++)
            {
                var s = doc.Sentences[si];
                var fresh = Tokenizer.Tokenize(doc.NormalizedText, s.Start, s.End);
                Tokenizer.Tokenize(doc.NormalizedText, s.Start, s.End, folds, reused);
                Assert.Equal(fresh, reused);
                Assert.Equal(fresh, views[si].Tokens);
                sentences++;
            }
        }

        Assert.True(sentences > 300, $"the samples should have many sentences, had {sentences}");
    }

    [Fact]
    public void A_view_holds_the_mentions_a_scan_of_the_entities_finds_in_its_sentence()
    {
        var nested = 0;
        foreach (var doc in Documents())
        {
            var views = SentenceViews.Build(doc);
            foreach (var v in views)
            {
                // the plain path: every mention of every entity inside the sentence, in a list of its own
                var scanned = new List<MentionRef>();
                foreach (var e in doc.Entities)
                {
                    foreach (var span in e.Mentions)
                    {
                        if (span.Start >= v.Sentence.Start && span.End <= v.Sentence.End
                            && SentenceViews.Place(v.Tokens, span.Start, span.End) is var (first, last) && first <= last)
                        {
                            scanned.Add(new MentionRef(e, span.Start, span.End, first, last, false));
                        }
                    }
                }

                // by start, mentions starting together in the order of the entities (a stable sort), as the views take them
                var expected = new SentenceView(v.Index, v.Sentence, v.Tokens, [.. scanned.OrderBy(m => m.Start)], doc.Article.Text);
                Assert.Equal(Placed(expected.Mentions), Placed(v.Mentions));
                Assert.Equal(Placed(expected.Nested), Placed(v.Nested));
                nested += v.Nested.Count;
            }
        }

        Assert.True(nested > 0, "the samples should have nested mentions");
    }

    [Fact]
    public void A_mention_looks_nominative_when_its_surface_folds_as_a_name_of_its_entity()
    {
        var (yes, no) = (0, 0);
        foreach (var doc in Documents())
        {
            // every surface is an alias of its entity: every other entity loses its aliases, so that some surfaces are not
            foreach (var e in doc.Entities.Where((_, i) => i % 2 == 0))
            {
                e.Aliases.Clear();
            }

            foreach (var m in SentenceViews.Build(doc).SelectMany(v => v.Mentions.Concat(v.Nested)))
            {
                // the plain check: fold the surface, compare with the fold of the name and of each alias
                var surface = Names.Fold(m.Entity.Mentions.First(s => s.Start == m.Start && s.End == m.End).Text);
                var expected = m.Entity.Aliases.Prepend(m.Entity.Name).Any(n => Names.Fold(n) == surface);
                Assert.Equal(expected, m.LooksNominative);
                (yes, no) = expected ? (yes + 1, no) : (yes, no + 1);
            }
        }

        Assert.True(yes > 50 && no > 50, $"the corpus should have mentions of both kinds, had {yes} and {no}");
    }

    [Fact]
    public void The_mention_index_filled_again_after_the_stage_adds_mentions_answers_as_a_scan()
    {
        var added = 0;
        foreach (var doc in Documents())
        {
            var views = SentenceViews.Build(doc);
            var before = views.Sum(v => v.Mentions.Count);
            AssertMentionsAtAsScan(views); // every view's index built before the stage adds its mentions
            var ctx = new RelationContext(doc, views, RelationLexicons.Default);
            EventDetector.Detect(ctx);
            CollectiveSubjects.Mark(ctx);
            added += views.Sum(v => v.Mentions.Count) - before;
            AssertMentionsAtAsScan(views);
        }

        Assert.True(added > 5, $"the stage should add mentions to the corpus's views, added {added}");
    }

    private static void AssertMentionsAtAsScan(List<SentenceView> views)
    {
        foreach (var v in views)
        {
            for (var i = -1; i <= v.Tokens.Count; i++)
            {
                Assert.Same(v.Mentions.Find(m => m.First <= i && i <= m.Last), v.MentionAt(i));
            }
        }
    }

    [Fact]
    public void A_token_gives_back_its_offsets_text_and_kind()
    {
        foreach (var (start, end, word) in new[] { (0, 0, true), (0, 0, false), (3, 9, true), (3, 4, false), (int.MaxValue - 1, int.MaxValue, false), (7, int.MaxValue, true) })
        {
            var t = new Token(start, end, "слово", word);
            Assert.Equal((start, end, "слово", word, end - start), (t.Start, t.End, t.Lower, t.IsWord, t.Length));
            Assert.Equal(t, new Token(start, end, "слово", word));
            Assert.NotEqual(t, new Token(start, end, "слово", !word));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(0, -1, "-", false));
    }

    [Fact]
    public void Evidence_is_kept_once_per_relationship_as_a_list_scan_keeps_it()
    {
        var a = Entity("person:a");
        var b = Entity("person:b");
        var c = Entity("organization:c");
        var sink = new RelationSink(new HashSet<string>([a.Key, b.Key, c.Key], StringComparer.Ordinal));
        var one = TextSpan.Of("Первое предложение. Второе.", 0, 19);
        var two = TextSpan.Of("Первое предложение. Второе.", 20, 27);
        var added = new List<(string Type, Entity Start, Entity End, TextSpan Evidence)>
        {
            (RelationshipTypes.MetWith, a, b, one),
            (RelationshipTypes.MetWith, b, a, one), // symmetric: the same relationship, the same sentence
            (RelationshipTypes.MemberOf, a, c, one), // another relationship, the same sentence: its own evidence
            (RelationshipTypes.MetWith, a, b, two),
            (RelationshipTypes.MemberOf, a, c, two), // a sentence another relationship already holds: new to this one
            (RelationshipTypes.MemberOf, a, c, TextSpan.Of("Первое предложение. Второе.", 0, 19)), // equal span, another object
            (RelationshipTypes.MemberOf, b, c, two),
        };
        foreach (var (type, start, end, evidence) in added)
        {
            Assert.True(sink.Add(type, start, end, evidence, 0.5));
        }

        // the reference: each relationship's sentences in the order first given, a sentence (by its offsets) once
        foreach (var r in sink.Relationships)
        {
            var expected = added
                .Where(x => Relationship.IdentityOf(x.Type, x.Start.Key, x.End.Key) == r.Identity)
                .Select(x => (x.Evidence.Start, x.Evidence.End))
                .Distinct()
                .ToList();
            Assert.Equal(expected, r.AllEvidence.Select(e => (e.Start, e.End)).ToList());
        }

        Assert.Equal(3, sink.Relationships.Count);
    }

    /// <summary>The regression corpus's articles (our own writing), as the entity side analyses them.</summary>
    internal static IEnumerable<DocumentAnalysis> Documents() =>
        RegressionCorpusTests.ArticleFiles().Select(f => Extractors.Default.Analyse(new ArticleReader().Read(f)));

    private static List<(string Key, int First, int Last, int Start, int End)> Placed(List<MentionRef> mentions) =>
        mentions.Select(m => (m.Entity.Key, m.First, m.Last, m.Start, m.End)).ToList();

    private static Entity Entity(string key) =>
        new() { Key = key, Label = key.StartsWith("person", StringComparison.Ordinal) ? GraphLabels.Person : GraphLabels.Organization, Name = key };
}
