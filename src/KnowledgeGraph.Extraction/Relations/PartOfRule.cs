using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// PART_OF: an organisation followed directly by a country in the genitive («Конгресса США»), or
/// whose short official name (capitalised: not «группа друзей Казахстана») ends with one
/// («Государственный департамент США» with США nested in it).
/// </summary>
internal sealed class PartOfRule : IRelationRule
{
    private const double Confidence = 0.7;
    private const int MaxNameWords = 5;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        for (var k = 0; k + 1 < v.Mentions.Count; k++)
        {
            var org = v.Mentions[k];
            var next = v.Mentions[k + 1];
            if (org.Label == GraphLabels.Organization && next.Label == GraphLabels.Country && next.First == org.Last + 1)
            {
                ctx.Sink.Add(RelationshipTypes.PartOf, org.Entity, next.Entity, v.Evidence, Confidence);
            }
        }

        foreach (var inner in v.Nested)
        {
            if (inner.Label == GraphLabels.Country && v.MentionAt(inner.First) is { Label: GraphLabels.Organization } org
                && org.Last == inner.Last && org.Last - org.First + 1 <= MaxNameWords && char.IsUpper(org.Entity.Name[0])
                && !HasPreposition(v, lx, org.First, inner.First))
            {
                ctx.Sink.Add(RelationshipTypes.PartOf, org.Entity, inner.Entity, v.Evidence, Confidence);
            }
        }
    }

    /// <summary>Whether a word of tokens [<paramref name="from"/>, <paramref name="to"/>) is a preposition (a loop: a lambda over the sentence made a closure at every call of Apply).</summary>
    internal static bool HasPreposition(SentenceView v, RelationLexicons lx, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (lx.Is("prep", v.Word(i)))
            {
                return true;
            }
        }

        return false;
    }
}
