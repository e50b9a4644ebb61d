using System.Collections.Concurrent;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// The nominative of a name phrase by the dictionary: the head noun goes to the nominative in its
/// number, the adjectives before it agree with it, and words after the head (genitive complements)
/// stay as written: «Свободной прессе» -> «Свободная пресса», «Спартака» -> «Спартак»,
/// «Министерства иностранных дел» -> «Министерство иностранных дел». A phrase that can already be
/// read as a nominative is left alone («Известия», «Новая газета»).
/// </summary>
public static class PhraseNominative
{
    private static readonly ConcurrentDictionary<string, MorphAnalyzer> ByLexicons = new(StringComparer.Ordinal);

    /// <summary>The analyzer whose dictionary sits beside the lexicon folder, loaded once.</summary>
    public static MorphAnalyzer AnalyzerFor(LexiconSet lexicons) =>
        ByLexicons.GetOrAdd(lexicons.Directory, dir => MorphAnalyzer.ForFolder(MorphologyLocator.FindBeside(dir)));

    /// <summary>The nominative of <paramref name="words"/>, or null when it is one already or cannot be told.</summary>
    public static string? Of(MorphAnalyzer morph, IReadOnlyList<string> words)
    {
        if (words.Count == 0 || words.Any(w => !Text.Chars.Any(w, char.IsLetter)))
        {
            return null;
        }

        var readings = words.Select(w => morph.Parse(w)).ToList();
        // the head: the last word with a noun reading that every word before it agrees with as an
        // adjective («Вечерней почте»: «почте», not «вечерня»); a head with a complement after it is singular
        // when it can be («Министерства иностранных дел»), a last word may be a plural name («Известия»)
        for (var h = words.Count - 1; h >= 0; h--)
        {
            var nouns = readings[h].Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun && r.Tag.Case != Case.None).ToList();
            if (h < words.Count - 1 && nouns.Any(r => r.Tag.Number == Number.Singular))
            {
                nouns.RemoveAll(r => r.Tag.Number != Number.Singular);
            }

            foreach (var noun in nouns)
            {
                var adjectives = new List<Reading>();
                for (var a = 0; a < h; a++)
                {
                    var fit = readings[a].FirstOrDefault(r => r.Tag.PartOfSpeech is PartOfSpeech.Adjective or PartOfSpeech.Participle && r.Tag.AgreesWith(noun.Tag));
                    if (fit is null)
                    {
                        break;
                    }

                    adjectives.Add(fit);
                }

                if (adjectives.Count != h)
                {
                    continue;
                }

                if (CanBeNominative(readings, h, nouns))
                {
                    return null;
                }

                return Inflect(morph, words, noun, adjectives, h);
            }
        }

        return null;
    }

    // the head and its adjectives have a nominative reading that agrees: keep the phrase as written
    private static bool CanBeNominative(List<IReadOnlyList<Reading>> readings, int head, List<Reading> nouns) =>
        nouns.Any(n => n.Tag.Case == Case.Nominative
                                && Enumerable.Range(0, head).All(a => readings[a].Any(r => r.Tag.Case == Case.Nominative && r.Tag.AgreesWith(n.Tag))));

    private static string? Inflect(MorphAnalyzer morph, IReadOnlyList<string> words, Reading noun, List<Reading> adjectives, int head)
    {
        var nominative = morph.Inflect(noun, Case.Nominative, noun.Tag.Number);
        if (nominative is null)
        {
            return null;
        }

        var result = new string[words.Count];
        for (var a = 0; a < head; a++)
        {
            var gender = nominative.Tag.Number == Number.Plural ? Gender.None : nominative.Tag.Gender;
            var adjective = morph.Inflect(adjectives[a], Case.Nominative, nominative.Tag.Number, gender);
            if (adjective is null)
            {
                return null;
            }

            result[a] = Capitalization.Like(adjective.Word, words[a]);
        }

        result[head] = Capitalization.Like(nominative.Word, words[head]);
        // the form must keep the word's stem («Высшей» is not «высочайшая»: another degree, not another case)
        for (var k = 0; k <= head; k++)
        {
            var stem = MorphAnalyzer.Normalize(words[k]);
            var form = MorphAnalyzer.Normalize(result[k]);
            if (form.Length > stem.Length + 2 || !form.StartsWith(stem[..Math.Max(1, stem.Length - 3)], StringComparison.Ordinal))
            {
                return null;
            }
        }

        for (var k = head + 1; k < words.Count; k++)
        {
            result[k] = words[k];
        }

        return string.Join(' ', result);
    }
}
