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

        /// <summary>Adds what <see cref="Gather"/> found for one mention.</summary>
        public void Add(Evidence e)
        {
            if ((_allowed & e.Allowed) != 0)
            {
                _allowed &= e.Allowed;
            }

            _votes += e.Votes;
        }

        /// <summary>'m', 'f', or <paramref name="fallback"/> when the mentions so far do not tell.</summary>
        public char Result(char fallback) =>
            _allowed != Either ? (_allowed == Male ? 'm' : 'f')
            : _votes > 0 ? 'm' : _votes < 0 ? 'f' : fallback;
    }

    /// <summary>
    /// What one mention shows, looked up once: the genders its forms allow and the votes of the past-tense verbs beside it;
    /// a <see cref="Tally"/> adds it as it adds the mention.
    /// </summary>
    public readonly record struct Evidence(int Allowed, int Votes)
    {
        /// <summary>Whether the mention's forms alone tell the gender: 'm', 'f' or '*'.</summary>
        public char ByForms => Allowed switch
        {
            Male => 'm',
            Female => 'f',
            _ => '*',
        };

        /// <summary>Whether the mention tells the gender, by its forms or else by a past-tense verb beside it («Бут рассказала»): 'm', 'f' or '*'.</summary>
        public char ByFormsOrVerbs => ByForms is not '*' and var byForms ? byForms : Votes > 0 ? 'm' : Votes < 0 ? 'f' : '*';
    }

    /// <summary>The evidence of one mention (see <see cref="Evidence"/>).</summary>
    public static Evidence Gather(MentionContext c, Mention m) => new(Allowed(c, m.Person!), Votes(c, m));

    // «Пресс-служба Кадырова заявила»: after a noun in the nominative, the verb is that noun's
    private static int Votes(MentionContext c, Mention m) =>
        (NominativeNoun(c, m.First - 1) ? 0 : Vote(c, m.Last)) + Vote(c, m.First - 1);

    private static int Allowed(MentionContext c, PersonParts p)
    {
        var forms = c.Lexicons.Surnames;
        var given = Either;
        if (p.GivenForm is { } written && GenderBits(c.Lexicons.GivenNames.Readings(written)) is > 0 and var read)
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
            var candidates = forms.Candidates(form);
            // only sure readings tell (the dictionary's, a surname ending, an instrumental): not a common noun's ending the guesser matched
            // read as written: «Нуртазина» (a woman's ending) is a woman's too; «Алла Бут», «Наото Кан» (a consonant, and no sure oblique reading) a man's or a woman's
            var oblique = false;
            for (var k = 0; k < candidates.Count; k++)
            {
                var x = candidates[k];
                if (x.Rank == Naming.SurnameForms.StrongRank)
                {
                    surname |= x.Gender == '*' ? 0 : Bits(x.Gender);
                    oblique |= !string.Equals(x.Nominative, form, StringComparison.OrdinalIgnoreCase);
                }
            }

            // a woman's surname as written beside a sure man's oblique reading («Квирава» or «Квирав»): either
            if (Text.Affixes.EndsWithAny(form, WomensEndings, StringComparison.OrdinalIgnoreCase)
                || (surname == Male && form.EndsWith('а') && HasWomansNominative(candidates, form)))
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

    /// <summary>The genders the readings of a given name show, a bit each (0 for none).</summary>
    private static int GenderBits(IReadOnlyList<(string Nominative, char Gender)> readings)
    {
        var bits = 0;
        for (var k = 0; k < readings.Count; k++)
        {
            bits |= Bits(readings[k].Gender);
        }

        return bits;
    }

    private static bool HasWomansNominative(IReadOnlyList<(string Nominative, char Gender, int Rank)> candidates, string form)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Gender == 'f' && string.Equals(candidates[k].Nominative, form, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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

        // the gender of every past-tense verb reading, when they all have the same one (most such words have one reading only)
        var gender = readings[0].Tag.Gender;
        if (readings.Count > 1)
        {
            var genders = readings.Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Verb && r.Tag.Has(Grammemes.Past)).Select(r => r.Tag.Gender).Distinct().ToList();
            gender = genders.Count == 1 ? genders[0] : Gender.None;
        }

        return gender == Gender.Masculine ? 1 : gender == Gender.Feminine ? -1 : 0;
    }
}
