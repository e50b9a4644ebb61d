namespace KnowledgeGraph.Morphology;

/// <summary>
/// Picks, among the forms of a reading's lexeme that have the requested grammemes, the one
/// closest to the reading itself (as pymorphy2's inflect does): a feminine surname in the
/// genitive asked for the nominative stays feminine.
/// </summary>
internal static class Inflector
{
    public static Reading? Inflect(MorphologyData data, Reading reading, Case @case, Number number, Gender gender)
    {
        var paradigm = data.Paradigms[reading.Paradigm];
        var best = -1;
        var bestScore = double.MinValue;
        for (var form = 0; form < paradigm.Count; form++)
        {
            var tag = data.Tags[paradigm.TagId(form)];
            if (!Fits(tag, @case, number, gender))
            {
                continue;
            }

            var score = Similarity(tag, reading.Tag);
            if (score > bestScore)
            {
                best = form;
                bestScore = score;
            }
        }

        return best < 0 ? null : FormOf(data, reading, best);
    }

    public static IReadOnlyList<Reading> Lexeme(MorphologyData data, Reading reading)
    {
        var paradigm = data.Paradigms[reading.Paradigm];
        var forms = new Reading[paradigm.Count];
        for (var form = 0; form < forms.Length; form++)
        {
            forms[form] = FormOf(data, reading, form);
        }

        return forms;
    }

    private static Reading FormOf(MorphologyData data, Reading reading, int form)
    {
        var tag = data.Tags[data.Paradigms[reading.Paradigm].TagId(form)];
        return new Reading(data.Form(reading.Paradigm, form, reading.Stem), reading.Lemma, tag, reading.Score, reading.IsGuess,
            reading.Stem, reading.Paradigm, form);
    }

    private static bool Fits(Tag tag, Case @case, Number number, Gender gender) =>
        (@case == Case.None || tag.Case == @case)
        && (number == Number.None || tag.Number == number || (tag.Number == Number.None && tag.Has(Grammemes.Indeclinable)))
        && (gender == Gender.None || tag.Number == Number.Plural || tag.Gender == gender || tag.Gender == Gender.Common);

    private static double Similarity(Tag a, Tag b)
    {
        var same = (a.PartOfSpeech == b.PartOfSpeech ? 1 : 0) + (a.Animacy == b.Animacy ? 1 : 0) + (a.Gender == b.Gender ? 1 : 0)
            + (a.Number == b.Number ? 1 : 0) + (a.Case == b.Case ? 1 : 0);
        var shared = (int)ulong.PopCount((ulong)(a.Grammemes & b.Grammemes));
        var differing = (int)ulong.PopCount((ulong)(a.Grammemes ^ b.Grammemes));
        return same + shared - (0.1 * differing);
    }
}
