using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// The trigger index looks a word up once per key and tries only the patterns listing it or having a stem: it must
/// answer as trying every pattern under the word's keys did (the longest match, the first met on a tie: patterns of
/// the longer key first, then in lexicon order).
/// </summary>
public class TriggerIndexTests
{
    // exact words, stems, short keys (one and two letters), optional words, and ties of one length with other values
    private static readonly TriggerPattern[] Patterns =
    [
        TriggerPattern.Parse("встреча/встречу/встречи", "noun"),
        TriggerPattern.Parse("встрет*", "verb"),
        TriggerPattern.Parse("встреча ? с", "noun-with"),
        TriggerPattern.Parse("вст*", "stem3"),
        TriggerPattern.Parse("вс*", "stem2"),
        TriggerPattern.Parse("в ходе", "during"),
        TriggerPattern.Parse("в*", "stem1"),
        TriggerPattern.Parse("во/в главе", "head"),
        TriggerPattern.Parse("провел*/провод* ? переговоры", "talks"),
        TriggerPattern.Parse("провела переговоры", "talks-f"),
        TriggerPattern.Parse("высоко оцен*", "praise"),
        TriggerPattern.Parse("министр/министра/министры иностранных дел", "HOLDS_POSITION"),
        TriggerPattern.Parse("министр/министра/министры", "HOLDS_POSITION"),
        TriggerPattern.Parse("мин*", "stem-min"),
        TriggerPattern.Parse("и.о.", "acting"),
        TriggerPattern.Parse("и", "and"),
    ];

    [Theory]
    [InlineData("Министр иностранных дел встретился с коллегой")]
    [InlineData("Во главе делегации в ходе встречи с министрами")]
    [InlineData("встреча с послом, встречу в Риге и встречи министры провели")]
    [InlineData("Она провела переговоры, он проводил с ними переговоры и высоко оценил итоги")]
    [InlineData("и.о. министра и вс встр в в в")]
    [InlineData("министра иностранных, министры иностранных дел , министр")]
    public void Answers_as_trying_every_pattern_of_the_word_keys(string sentence)
    {
        var index = new TriggerIndex(Patterns);
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        for (var at = 0; at < tokens.Count; at++)
        {
            var expected = Reference(Patterns, tokens, at);
            var actual = index.Longest(tokens, at);
            Assert.Equal(expected?.Length, actual?.Length);
            Assert.Same(expected?.Pattern, actual?.Pattern);
        }
    }

    [Fact]
    public void Every_lexicon_index_answers_as_before_on_the_sample_articles()
    {
        var lx = RelationLexicons.Default;
        TriggerIndex[] indexes = [lx.MetWith, lx.Praised, lx.Criticized, lx.Visited, lx.Participated, lx.Organized, lx.Agreed, lx.Authored, lx.Positions, lx.StateTitles, lx.PositionBodies, lx.Events];
        var matches = 0;
        foreach (var path in Support.SampleArticles.Paths)
        {
            var text = File.ReadAllText(path);
            var tokens = Tokenizer.Tokenize(text, 0, text.Length);
            foreach (var index in indexes)
            {
                var reference = new ReferenceIndex(index.Patterns);
                for (var at = 0; at < tokens.Count; at++)
                {
                    var expected = reference.Longest(tokens, at);
                    var actual = index.Longest(tokens, at);
                    Assert.Equal(expected?.Length, actual?.Length);
                    Assert.Same(expected?.Pattern, actual?.Pattern);
                    matches += actual is null ? 0 : 1;
                }
            }
        }

        Assert.True(matches > 20, $"the sample articles should hold triggers and titles, found {matches}");
    }

    [Fact]
    public void A_window_answers_as_a_copy_of_the_tokens_up_to_its_end()
    {
        var lx = RelationLexicons.Default;
        var text = "Генеральный секретарь Организации Объединенных Наций и министр иностранных дел встретились во главе делегаций";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        foreach (var index in new[] { lx.Positions, lx.PositionBodies, lx.MetWith, new TriggerIndex(Patterns) })
        {
            for (var end = 0; end <= tokens.Count; end++)
            {
                var copy = tokens.GetRange(0, end);
                for (var at = 0; at < end; at++)
                {
                    Assert.Equal(index.Longest(copy, at), index.Longest(tokens, at, end));
                }
            }
        }
    }

    private static TriggerMatch? Reference(TriggerPattern[] patterns, List<Token> tokens, int at) => new ReferenceIndex(patterns).Longest(tokens, at);

    /// <summary>The index as it was: every pattern under each key of the word, longest key first, each pattern tried in full.</summary>
    private sealed class ReferenceIndex
    {
        private readonly Dictionary<string, List<TriggerPattern>> _byKey = new(StringComparer.Ordinal);

        public ReferenceIndex(IEnumerable<TriggerPattern> patterns)
        {
            foreach (var p in patterns)
            {
                foreach (var alt in p.FirstAlternatives)
                {
                    var key = alt.Length >= 3 ? alt[..3] : alt;
                    if (!_byKey.TryGetValue(key, out var list))
                    {
                        _byKey[key] = list = [];
                    }

                    if (!list.Contains(p))
                    {
                        list.Add(p);
                    }
                }
            }
        }

        public TriggerMatch? Longest(List<Token> tokens, int at)
        {
            var w = tokens[at].Lower;
            TriggerMatch? best = null;
            for (var len = Math.Min(3, w.Length); len >= 1; len--)
            {
                foreach (var p in _byKey.GetValueOrDefault(w[..len]) ?? [])
                {
                    var n = p.MatchAt(tokens, at);
                    if (n > 0 && (best is null || n > best.Value.Length))
                    {
                        best = new TriggerMatch(p, at, n);
                    }
                }
            }

            return best;
        }
    }
}
