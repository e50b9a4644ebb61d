using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// Shortcuts the relation stage takes per word must answer as the full check: the verb guess refusing a word by its
/// last letter, a mention's canonical form compared with its entity's names folded once, the fold into a buffer.
/// </summary>
public class WordShortcutTests
{
    private static readonly string[] Endings = ["ил", "ел", "ал", "ял", "ыл", "ул"];
    private static readonly string[] Suffixes = ["", "а", "о", "и", "ся", "ась", "ось", "ись"];

    public static IEnumerable<string> SampleWords()
    {
        foreach (var path in SampleArticles.Paths)
        {
            var text = File.ReadAllText(path);
            foreach (var t in Tokenizer.Tokenize(text, 0, text.Length))
            {
                yield return t.Lower;
            }
        }
    }

    [Theory]
    [InlineData("заявил")]
    [InlineData("провела")]
    [InlineData("встретились")]
    [InlineData("обсуждали")]
    [InlineData("отдела")]
    [InlineData("генерала")]
    [InlineData("министр")]
    [InlineData("встречи")]
    public void The_verb_guess_answers_as_the_full_check(string word) =>
        Assert.Equal(FullVerbCheck(word), VerbGuess.LooksLikeVerb(word));

    [Fact]
    public void The_verb_guess_answers_as_the_full_check_on_every_word_of_the_samples()
    {
        var words = SampleWords().Distinct().ToList();
        Assert.Contains(words, FullVerbCheck);
        Assert.All(words, w => Assert.Equal(FullVerbCheck(w), VerbGuess.LooksLikeVerb(w)));
    }

    [Theory]
    [InlineData("Министр Ёлкин")]
    [InlineData("ПРЕЗИДЕНТ — «Астана»")]
    [InlineData("a\u2013b")]
    [InlineData("")]
    public void The_fold_into_a_buffer_is_the_fold(string s) =>
        Assert.Equal(Tokenizer.Fold(s), Tokenizer.Fold(s, new char[s.Length]).ToString());

    [Fact]
    public void Canonical_forms_against_names_folded_once_answer_as_against_the_entity()
    {
        var checkedMentions = 0;
        foreach (var doc in SampleArticles.Documents())
        {
            foreach (var e in doc.Entities)
            {
                var forms = Names.FoldedForms(e);
                foreach (var m in e.Mentions)
                {
                    Assert.Equal(FoldsToANameOf(e, m.Text), Names.IsCanonicalForm(forms, m.Text));
                    checkedMentions++;
                }

                Assert.Equal(FoldsToANameOf(e, e.Name.ToUpperInvariant()), Names.IsCanonicalForm(forms, e.Name.ToUpperInvariant()));
            }
        }

        Assert.True(checkedMentions > 20, $"the samples should hold mentions, found {checkedMentions}");
    }

    /// <summary>The guess without the last-letter shortcut.</summary>
    /// <summary>The plain check: the surface folds as the entity's name or one of its aliases does.</summary>
    private static bool FoldsToANameOf(KnowledgeGraph.Model.Entity e, string surface)
    {
        var folded = Names.Fold(surface);
        return Names.Fold(e.Name) == folded || e.Aliases.Any(a => Names.Fold(a) == folded);
    }

    private static bool FullVerbCheck(string w)
    {
        if (w.Length < 5 || w.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        string[] nouns = ["отдел", "раздел", "канал", "журнал", "капитал", "трибунал", "портал", "арсенал", "персонал", "сигнал",
            "финал", "полуфинал", "материал", "генерал", "адмирал", "маршал", "потенциал", "интервал", "квартал",
            "филиал", "терминал", "кардинал", "идеал", "вокал", "минерал", "мемориал", "сериал", "пьедестал"];
        return Suffixes.Where(s => w.EndsWith(s, StringComparison.Ordinal)).Select(s => w[..^s.Length])
            .Any(stem => stem.Length >= 4 && Endings.Any(e => stem.EndsWith(e, StringComparison.Ordinal)) && !nouns.Contains(stem));
    }
}
