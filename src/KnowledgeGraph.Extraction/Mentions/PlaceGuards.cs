using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Checks made before a word is given a place label: the shapes where a place name and a
/// person's name coincide.
/// </summary>
public static class PlaceGuards
{
    // prepositions and nouns after which «Иванова» is the genitive of the town «Иваново»
    private static readonly HashSet<string> GenitivePrepositions = new(StringComparer.Ordinal)
    {
        "из", "от", "до", "у", "около", "возле", "близ", "вблизи", "для", "без", "из-под", "со", "с", "под", "недалеко", "окрестностях",
    };

    /// <summary>
    /// «Иванова заявила», «Петрова приехала»: a woman's surname in -ова/-ева/-ина is not the town in
    /// -ово/-ево/-ино, whose genitive it looks like, when it stands as a subject: first in its sentence,
    /// or followed by a verb in the feminine past («заявила», «выступила»), and not after a preposition.
    /// </summary>
    public static bool IsSurnameNotCity(MentionContext c, int i, GazetteerMatch g)
    {
        var t = c.Tokens;
        if (g.End != i + 1 || g.Entry.Label != GraphLabels.City || !TownInO(g.Entry.Canonical) || !FeminineSurnameShape(t[i].Lower))
        {
            return false;
        }

        if (i > 0 && c.SameSentence(i - 1, i) && GenitivePrepositions.Contains(t[i - 1].Lower))
        {
            return false;
        }

        var next = i + 1 < t.Count && c.SameSentence(i, i + 1) ? t[i + 1] : null;
        return c.StartsSentence(i) || (next is { Kind: TokenKind.Word } && IsFemininePast(next.Lower));
    }

    private static bool TownInO(string canonical) =>
        canonical.EndsWith("ово", StringComparison.Ordinal) || canonical.EndsWith("ево", StringComparison.Ordinal)
        || canonical.EndsWith("ино", StringComparison.Ordinal) || canonical.EndsWith("ыно", StringComparison.Ordinal);

    private static bool FeminineSurnameShape(string lower) =>
        lower.EndsWith("ова", StringComparison.Ordinal) || lower.EndsWith("ева", StringComparison.Ordinal)
        || lower.EndsWith("ина", StringComparison.Ordinal) || lower.EndsWith("ына", StringComparison.Ordinal);

    private static bool IsFemininePast(string lower) =>
        lower.Length > 3 && (lower.EndsWith("ла", StringComparison.Ordinal) || lower.EndsWith("лась", StringComparison.Ordinal));
}
