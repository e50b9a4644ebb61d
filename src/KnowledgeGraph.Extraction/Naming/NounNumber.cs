using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// Tells plural forms of a noun from singular ones, given its nominative singular and gender
/// ('m', 'f', 'n'; 'p' for plural-only nouns, never called plural here): «визитов», «встречах»,
/// «центров» are plural; «визита», «встречи» are taken as singular, unless the word before them
/// shows the plural (<see cref="PluralByWordBefore"/>).
/// </summary>
public static class NounNumber
{
    private static readonly string[] PluralEndings = ["ами", "ями", "ах", "ях", "ам", "ям"];

    /// <summary>Numerals after which a genitive singular counts several things («две встречи»).</summary>
    private static readonly HashSet<string> FewNumerals = new(StringComparer.Ordinal) { "два", "две", "три", "четыре", "оба", "обе", "полторы", "полтора" };

    public static bool IsPlural(string lower, string lemma, char gender)
    {
        if (gender == 'p')
        {
            return false;
        }

        foreach (var e in PluralEndings)
        {
            if (lower.EndsWith(e, StringComparison.Ordinal) && !lemma.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return gender switch
        {
            'm' => lower.Length > lemma.Length && (lower.EndsWith('ы') || lower.EndsWith("ов", StringComparison.Ordinal) || lower.EndsWith("ев", StringComparison.Ordinal)
                   || (lower.EndsWith('и') && !lemma.EndsWith('й') && !lemma.EndsWith('ь'))),
            'f' => lower.Length < lemma.Length,
            'n' => lower.EndsWith("ий", StringComparison.Ordinal) && lemma.EndsWith("ие", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a form that reads both as a genitive singular and as a nominative or accusative plural of
    /// <paramref name="lemma"/> («встречи», «заседания») is the plural, as the word before it shows: a transitive
    /// verb or a plural verb governs it («проводить встречи», «прошли встречи»), a numeral counts it («две встречи»),
    /// or a modifier agrees with it in the plural only («регулярные встречи», «эти заседания»). A preposition or a
    /// noun before it («после встречи», «итоги встречи») leaves the singular. Words are lower case, ё as е.
    /// </summary>
    public static bool PluralByWordBefore(MorphAnalyzer morph, string form, string lemma, string? before)
    {
        if (string.IsNullOrEmpty(before))
        {
            return false;
        }

        var own = morph.ParseKnown(form);
        bool plural = false, genitive = false;
        for (var k = 0; k < own.Count; k++)
        {
            var r = own[k];
            plural |= Is(r, lemma, Number.Plural) && r.Tag.Case is Case.Nominative or Case.Accusative;
            genitive |= Is(r, lemma, Number.Singular) && r.Tag.Case == Case.Genitive;
        }

        if (!plural || !genitive)
        {
            return false;
        }

        if (FewNumerals.Contains(before) || CountsFew(before))
        {
            return true;
        }

        var readings = morph.ParseKnown(before);
        if (readings.Count == 0)
        {
            return false;
        }

        // a verb only («начало» is also a noun: «начало акции»)
        if (readings.All(r => r.Tag.PartOfSpeech is PartOfSpeech.Verb or PartOfSpeech.Infinitive))
        {
            return readings.Any(r => r.Tag.Has(Grammemes.Transitive) || r.Tag.Number == Number.Plural);
        }

        // every reading an agreeing modifier in the plural nominative or accusative
        return readings.All(r => r.Tag.PartOfSpeech is PartOfSpeech.Adjective or PartOfSpeech.Participle && r.Tag.Number == Number.Plural
                                 && r.Tag.Case is Case.Nominative or Case.Accusative);
    }

    private static bool Is(Reading r, string lemma, Number number) =>
        r.Tag.PartOfSpeech == PartOfSpeech.Noun && r.Tag.Number == number && string.Equals(r.Lemma, lemma, StringComparison.Ordinal);

    // «2», «23», «104» count in the genitive singular; «12»-«14» do not
    private static bool CountsFew(string word) =>
        word.Length > 0 && Text.Chars.All(word, char.IsAsciiDigit) && word[^1] is '2' or '3' or '4' && (word.Length == 1 || word[^2] != '1');
}
