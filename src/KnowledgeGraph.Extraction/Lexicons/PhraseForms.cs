using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// The forms a lexicon phrase written once in the nominative takes in a text, for the relation side's trigger
/// patterns (<c>Relations.TriggerPattern</c>: words separated by spaces, alternatives by «/»). The rule:
/// <list type="bullet">
/// <item>the head is the first word the dictionary reads as a noun in the nominative singular (or a plural-only
/// noun in the nominative: «переговоры»), a common noun's reading before a name's; it takes every form of its
/// lexeme, all six cases singular and plural (abbreviations and patronymics of the lexeme left out); a
/// substantivised adjective or participle («управляющий») takes its other genders too;</item>
/// <item>adjectives and participles before the head take every full form of their own («главный тренер» matches
/// «главного тренера», «главным тренерам»); with no noun head, the first word is a substantivised adjective
/// or participle («командующий», «исполняющий обязанности») and takes every full form;</item>
/// <item>words after the head are its complement (a genitive or a preposition with its noun: «глава
/// государства», «прием по случаю») and stay as written;</item>
/// <item>a word the dictionary lacks is read by analogy by its ending; a hyphenated word whose whole the
/// dictionary lacks inflects as its last part («экс-премьер» -> «экс-премьера»); a word with no nominative
/// reading at all is invariable («замглавы», «зампредседателя») and stays as written.</item>
/// </list>
/// <c>ё</c> is written <c>е</c>, as the dictionary and the tokenizer fold it.
/// </summary>
public static class PhraseForms
{
    /// <summary>The trigger pattern of a nominative phrase; <paramref name="singular"/> keeps the head's singular forms only.</summary>
    public static string Pattern(MorphAnalyzer morph, string phrase, bool singular = false)
    {
        ArgumentNullException.ThrowIfNull(morph);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(MorphAnalyzer.Normalize).ToArray();
        var head = Array.FindIndex(words, w => NounHead(morph, w) is not null);
        var inflected = head < 0 ? 0 : head;
        var parts = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var forms = i > inflected ? [words[i]]
                : i == head ? NounForms(morph, words[i], singular)
                : AdjectiveForms(morph, words[i]);
            parts[i] = string.Join('/', forms.Prepend(words[i]).Distinct(StringComparer.Ordinal));
        }

        return string.Join(' ', parts);
    }

    /// <summary>Every form of the noun lexeme of a nominative word, or none when the word reads as no such noun.</summary>
    private static IEnumerable<string> NounForms(MorphAnalyzer morph, string word, bool singular)
    {
        if (NounHead(morph, word) is not { } reading)
        {
            return [];
        }

        var forms = Affixed(word, reading, morph.Lexeme(reading).Where(f => f.Tag.PartOfSpeech == PartOfSpeech.Noun
            && !f.Tag.HasAny(Grammemes.Abbreviation | Grammemes.Patronymic) && (!singular || f.Tag.Number != Number.Plural)));
        // a substantivised adjective or participle («управляющий», «ученый») is also written in its other genders
        return word.EndsWith("ий", StringComparison.Ordinal) || word.EndsWith("ый", StringComparison.Ordinal)
            ? forms.Concat(AdjectiveForms(morph, word).Where(f => !singular || !Plural(f)))
            : forms;
    }

    /// <summary>Every full form of an adjective or participle (all genders, both numbers), kept to the word's own stem.</summary>
    private static IEnumerable<string> AdjectiveForms(MorphAnalyzer morph, string word)
    {
        var (prefix, last) = Split(morph, word);
        var reading = morph.Parse(last).FirstOrDefault(r => r.Tag.PartOfSpeech is PartOfSpeech.Adjective or PartOfSpeech.Participle && r.Tag.Case == Case.Nominative);
        if (reading is null || last.Length < 4)
        {
            return [];
        }

        // a participle's lexeme is its verb's: keep the forms of this participle («исполняющ-»), not «исполнявший» or «исполнять»
        var stem = last[..^2];
        return morph.Lexeme(reading)
            .Where(f => f.Tag.PartOfSpeech == reading.Tag.PartOfSpeech && !f.Tag.Has(Grammemes.Superlative) && f.Word.StartsWith(stem, StringComparison.Ordinal))
            .Select(f => prefix + f.Word);
    }

    /// <summary>The reading of a word (or of its last hyphenated part) as a noun in the nominative singular or a plural-only noun.</summary>
    private static Reading? NounHead(MorphAnalyzer morph, string word)
    {
        var (_, last) = Split(morph, word);
        // a common noun before a name's reading: «королева» is the queen, not the surname «Королёв»
        return morph.Parse(last)
            .Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun && r.Tag.Case == Case.Nominative
                && (r.Tag.Number == Number.Singular || r.Tag.Has(Grammemes.PluraleTantum)) && !r.Tag.HasAny(Grammemes.Indeclinable | Grammemes.Abbreviation))
            .OrderBy(r => r.Tag.HasAny(Grammemes.Surname | Grammemes.GivenName | Grammemes.Patronymic))
            .FirstOrDefault();
    }

    private static bool Plural(string adjectiveForm) => adjectiveForm.EndsWith("ие", StringComparison.Ordinal) || adjectiveForm.EndsWith("ые", StringComparison.Ordinal)
        || adjectiveForm.EndsWith("их", StringComparison.Ordinal) || adjectiveForm.EndsWith("ых", StringComparison.Ordinal)
        || adjectiveForm.EndsWith("ими", StringComparison.Ordinal) || adjectiveForm.EndsWith("ыми", StringComparison.Ordinal);

    private static IEnumerable<string> Affixed(string word, Reading reading, IEnumerable<Reading> forms)
    {
        var prefix = word[..^reading.Word.Length];
        return forms.Select(f => prefix + f.Word);
    }

    // «экс-премьер»: the dictionary lacks the whole, so the last part inflects and the rest is kept
    private static (string Prefix, string Last) Split(MorphAnalyzer morph, string word)
    {
        var dash = word.LastIndexOf('-');
        return dash <= 0 || morph.ParseKnown(word).Count > 0 ? (string.Empty, word) : (word[..(dash + 1)], word[(dash + 1)..]);
    }
}
