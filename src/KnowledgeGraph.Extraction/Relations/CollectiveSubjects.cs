using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Marks collective subjects as mentions of what they stand for: «Американская сторона» -> США
/// (a country adjective and «сторона»), «Стороны» -> the two parties of the visit (visitor's
/// country and host country). Runs after the visit rule has found the protagonist.
/// </summary>
internal static class CollectiveSubjects
{
    public static void Mark(RelationContext ctx)
    {
        var lx = ctx.Lexicons;
        var parties = ctx.Parties();
        foreach (var v in ctx.Views)
        {
            for (var i = 0; i < v.Tokens.Count; i++)
            {
                if (v.MentionAt(i) is not null)
                {
                    continue;
                }

                // the cheap tests first (they were made after a look-up for every word): no country adjective is shorter than
                // its stem (three letters at least), and most documents have no parties
                var w = v.Word(i);
                if (w.Length >= RelationLexicons.MinDemonymStem && lx.Is("side", v.Word(i + 1)) && ctx.CountryOfAdjective(w) is { } country)
                {
                    v.AddMention(new MentionRef(country, v.Tokens[i].Start, v.Tokens[i + 1].End, i, i + 1, true));
                    i++;
                }
                else if (parties is var (a, b) && lx.Is("party", w) && !lx.Is("prep", v.Word(i - 1)) && IsPlural(v, i))
                {
                    v.AddMention(new MentionRef(a, v.Tokens[i].Start, v.Tokens[i].End, i, i, true, b));
                }
            }
        }
    }

    /// <summary>«Стороны» as a subject: at the start of a clause, followed by a word, not by a genitive mention.</summary>
    private static bool IsPlural(SentenceView v, int i) =>
        v.Word(i) == "стороны" && (i == 0 || !v.Tokens[i - 1].IsWord) && v.MentionAt(i + 1) is null;
}
