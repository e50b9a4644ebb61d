using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// The gender of one person from all the article's mentions of them. Each mention allows the genders
/// its given name and surname share («Алие Нурпеисовой»: «Алие» is a man's or a woman's dative, «Нурпеисовой»
/// only a woman's, so a woman); the mentions together allow what each of them allows. When the forms
/// leave both open («Дина Мукашева»: a man's genitive or a woman's nominative), a verb in the past tense
/// right after or right before a mention decides («Дина Мукашева отметила», «сообщил Иван Петров»).
/// </summary>
public static class PersonGender
{
    private const int Male = 1;
    private const int Female = 2;
    private const int Either = Male | Female;
    private const string Vowels = "аеёиоуыэюяьй";
    private static readonly string[] WomensEndings = ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая"];

    /// <summary>
    /// The evidence of a person's mentions gathered one mention at a time, so that a group growing to
    /// thousands of mentions costs one look per mention, not one pass over all of them per added mention.
    /// </summary>
    public sealed class Tally
    {
        private int _allowed = Either;
        private int _votes;

        public void Add(MentionContext c, Mention m)
        {
            var a = Allowed(c, m.Person!);
            if ((_allowed & a) != 0)
            {
                _allowed &= a;
            }

            // «Пресс-служба Кадырова заявила»: after a noun in the nominative, the verb is that noun's
            _votes += (NominativeNoun(c, m.First - 1) ? 0 : Vote(c, m.Last)) + Vote(c, m.First - 1);
        }

        /// <summary>'m', 'f', or <paramref name="fallback"/> when the mentions so far do not tell.</summary>
        public char Result(char fallback) =>
            _allowed != Either ? (_allowed == Male ? 'm' : 'f')
            : _votes > 0 ? 'm' : _votes < 0 ? 'f' : fallback;
    }

    /// <summary>Whether one mention alone tells the gender: 'm', 'f' or '*'.</summary>
    public static char Of(MentionContext c, PersonParts p) => Allowed(c, p) switch
    {
        Male => 'm',
        Female => 'f',
        _ => '*',
    };

    /// <summary>
    /// Whether one mention tells the gender, by its forms or else by a past-tense verb beside it («Бут рассказала»): 'm', 'f' or '*'.
    /// </summary>
    public static char Of(MentionContext c, Mention m)
    {
        var byForms = Of(c, m.Person!);
        if (byForms != '*')
        {
            return byForms;
        }

        var votes = (NominativeNoun(c, m.First - 1) ? 0 : Vote(c, m.Last)) + Vote(c, m.First - 1);
        return votes > 0 ? 'm' : votes < 0 ? 'f' : '*';
    }

    private static int Allowed(MentionContext c, PersonParts p)
    {
        var forms = c.Lexicons.Surnames;
        var given = Either;
        if (p.GivenForm is { } written && c.Lexicons.GivenNames.Readings(written).Aggregate(0, (bits, r) => bits | Bits(r.Gender)) is > 0 and var read)
        {
            given = read;
        }
        else if (p.Given is not null)
        {
            given = Bits(p.Gender);
        }

        var surname = 0;
        if (p.SurnameForm is { } form && !p.Transcription)
        {
            // only sure readings tell (the dictionary's, a surname ending, an instrumental): not a common noun's ending the guesser matched
            surname = forms.Candidates(form).Aggregate(0, (bits, x) => x.Gender == '*' || x.Rank != Naming.SurnameForms.StrongRank ? bits : bits | Bits(x.Gender));
            // read as written: «Нуртазина» (a woman's ending) is a woman's too; «Алла Бут», «Наото Кан» (a consonant, and no sure oblique reading) a man's or a woman's
            var oblique = forms.Candidates(form).Any(x => x.Rank == Naming.SurnameForms.StrongRank && !string.Equals(x.Nominative, form, StringComparison.OrdinalIgnoreCase));
            // a woman's surname as written beside a sure man's oblique reading («Квирава» or «Квирав»): either
            if (Text.Affixes.EndsWithAny(form, WomensEndings, StringComparison.OrdinalIgnoreCase)
                || (surname == Male && form.EndsWith('а') && forms.Candidates(form).Any(x => x.Gender == 'f' && string.Equals(x.Nominative, form, StringComparison.Ordinal))))
            {
                surname |= Female;
            }
            else if (!oblique && !Vowels.Contains(Model.TextCase.ToLower(form[^1])))
            {
                surname = Either;
            }
        }

        surname = surname == 0 ? Either : surname;
        return (given & surname) != 0 ? given & surname : given;
    }

    private static int Bits(char gender) => gender switch
    {
        'm' => Male,
        'f' => Female,
        _ => Either,
    };

    private static bool NominativeNoun(MentionContext c, int k) =>
        k >= 0 && c.Tokens[k].IsWord && c.Lexicons.Surnames.Morphology.ParseKnown(c.Tokens[k].Text) is { Count: > 0 } readings
        && readings[0].Tag is { PartOfSpeech: PartOfSpeech.Noun, Case: Case.Nominative };

    /// <summary>+1 for a man's past-tense verb at token <paramref name="k"/>, -1 for a woman's, 0 otherwise.</summary>
    private static int Vote(MentionContext c, int k)
    {
        var t = c.Tokens;
        if (k < 0 || k >= t.Count || !t[k].IsWord || t[k].IsCapitalized)
        {
            return 0;
        }

        var readings = c.Lexicons.Surnames.Morphology.ParseKnown(t[k].Text);
        if (readings.Count == 0 || readings[0].Tag.PartOfSpeech != PartOfSpeech.Verb || !readings[0].Tag.Has(Grammemes.Past))
        {
            return 0;
        }

        var genders = readings.Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Verb && r.Tag.Has(Grammemes.Past)).Select(r => r.Tag.Gender).Distinct().ToList();
        return genders.Count != 1 ? 0 : genders[0] == Gender.Masculine ? 1 : genders[0] == Gender.Feminine ? -1 : 0;
    }
}
