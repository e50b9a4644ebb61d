using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// The case the words before a name put it in, for names whose own endings cannot show it:
/// a title in front decides by its own case (apposition: «министра Японии Сейджи Ямакавы» is a
/// genitive, «посол Кими Тоймела» a nominative; «помощник госсекретаря Мэтью Брайза» stays open, as
/// the name may stand with either title); else a common noun right before
/// the name governs a genitive («рукопись Абу Хасима»), unless it is a person's noun in the
/// nominative that may stand beside the name («финка Кайса …»), as does a preposition that takes one.
/// <see cref="Case.None"/> when nothing shows it.
/// </summary>
public static class NameCase
{
    private const int MaxTokens = 14;

    /// <summary>Prepositions that put the word after them in the genitive.</summary>
    public static readonly HashSet<string> GenitivePrepositions = new(["у", "от", "для", "без", "из", "после", "против", "до", "среди", "вокруг", "около", "возле"], StringComparer.Ordinal);

    /// <summary>The case the words before the token <paramref name="first"/> put a name in; a given name in «-ы» after a consonant shows the genitive itself.</summary>
    public static Case Before(MentionContext c, int first)
    {
        var given = c.Tokens[first].Lower;
        if (given.Length > 3 && given.EndsWith('ы') && !"аеёиоуыэюяьй".Contains(given[^2], StringComparison.Ordinal))
        {
            return Case.Genitive;
        }

        if (Titles(c, first) is { } titles)
        {
            // «пресс-секретарь генерала X»: the name may stand with either title, so titles in two cases leave it open
            var nearest = CaseOf(c, titles.Nearest);
            if (nearest == Case.Nominative || (nearest == Case.Genitive && CaseOf(c, titles.Farthest) == Case.Nominative))
            {
                return Case.None;
            }

            if (nearest == Case.Genitive)
            {
                return Case.Genitive;
            }
        }

        var k = first - 1;
        var t = c.Tokens;
        if (k >= 1 && c.SameSentence(k - 1, first) && (t[k].Is('-') || t[k].Is('—') || t[k].Is('–')))
        {
            // «преследователей — Кими Райкконена»: after a dash the name stands beside the noun, in its case
            return OnlyGenitive(c, k - 1, name: false) ? Case.Genitive : Case.None;
        }

        if (k >= 1 && t[k].Lower == "и" && c.SameSentence(k - 1, first) && t[k - 1].IsCapitalized)
        {
            // «Авраама и Абу Машара»: a name joined to a name in the genitive is in the genitive too
            return OnlyGenitive(c, k - 1, name: true) ? Case.Genitive : Case.None;
        }

        if (k < 0 || !t[k].IsWord || !c.SameSentence(k, first) || (t[k].IsCapitalized && !c.StartsSentence(k)))
        {
            return Case.None;
        }

        if (GenitivePrepositions.Contains(t[k].Lower))
        {
            return Case.Genitive;
        }

        // «в понедельник Кими …»: a noun that may be a preposition's accusative belongs to it, not to the name («под руководством Сунь Линя» does govern it)
        var readings = c.Lexicons.Surnames.Morphology.ParseKnown(t[k].Text);
        var afterPreposition = k > 0 && t[k - 1].IsWord && c.SameSentence(k - 1, k)
                               && c.Lexicons.Surnames.Morphology.ParseKnown(t[k - 1].Text).Any(r => r.Tag.PartOfSpeech == PartOfSpeech.Preposition)
                               && readings.Any(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun && r.Tag.Case is Case.Accusative or Case.Nominative);
        // «финка Кайса Вирккунен»: a person's noun in the nominative may stand beside the name, not govern it
        var apposition = readings.Any(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun && r.Tag.Animacy == Animacy.Animate && r.Tag.Case == Case.Nominative
                                           && !r.Tag.HasAny(Grammemes.GivenName | Grammemes.Surname | Grammemes.Patronymic));
        // «Машина» is a surname's form too: a common noun among the readings of a word read first as a noun
        return !afterPreposition && !apposition && readings.Count > 0 && readings[0].Tag.PartOfSpeech == PartOfSpeech.Noun
               && readings.Any(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun && !r.Tag.HasAny(Grammemes.GivenName | Grammemes.Surname | Grammemes.Patronymic | Grammemes.Geographic))
            ? Case.Genitive
            : Case.None;
    }

    /// <summary>Whether the word at <paramref name="k"/> reads only in the genitive (or the accusative that looks so), as a common noun or as a name.</summary>
    private static bool OnlyGenitive(MentionContext c, int k, bool name)
    {
        if (!c.Tokens[k].IsWord)
        {
            return false;
        }

        var readings = c.Lexicons.Surnames.Morphology.ParseKnown(c.Tokens[k].Text)
            .Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun && r.Tag.HasAny(Grammemes.GivenName | Grammemes.Surname) == name).ToList();
        return readings.Count > 0 && readings.All(r => r.Tag.Case is Case.Genitive or Case.Accusative) && readings.Any(r => r.Tag.Case == Case.Genitive);
    }

    /// <summary>The nearest and the farthest title word before the name in its sentence, without a comma, another person or (after the nearest title) a preposition between.</summary>
    private static (int Nearest, int Farthest)? Titles(MentionContext c, int first)
    {
        var t = c.Tokens;
        int? nearest = null;
        int? found = null;
        for (var k = first - 1; k >= Math.Max(0, first - MaxTokens) && t[k].Sentence == t[first].Sentence; k--)
        {
            if ((t[k].Kind == TokenKind.Punct && !t[k].Is('-')) || c.OwnerOf(k) == Model.GraphLabels.Person)
            {
                break;
            }

            // «исследователи из института … под руководством Сунь Линя»: a preposition after the title starts a phrase of its own
            if (nearest is null && c.Lexicons.Surnames.Morphology.ParseKnown(t[k].Text).Any(r => r.Tag.PartOfSpeech == PartOfSpeech.Preposition))
            {
                break;
            }

            if (c.Lexicons.Positions.LongestAt(t, k) is { } pos && pos.End <= first)
            {
                nearest ??= k;
                found = k;
            }
        }

        return found is { } farthest ? (nearest!.Value, farthest) : null;
    }

    // the title word's case: nominative when a reading says so, genitive when only oblique readings include it
    private static Case CaseOf(MentionContext c, int k)
    {
        var word = c.Tokens[k].Text;
        var readings = c.Lexicons.Surnames.Morphology.ParseKnown(word).Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun).ToList();
        if (readings.Count == 0 && word.LastIndexOf('-') is > 0 and var dash)
        {
            readings = [.. c.Lexicons.Surnames.Morphology.ParseKnown(word[(dash + 1)..]).Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun)];
        }

        return readings.Any(r => r.Tag.Case == Case.Nominative) ? Case.Nominative
            : readings.Any(r => r.Tag.Case == Case.Genitive) ? Case.Genitive
            : Case.None;
    }
}
