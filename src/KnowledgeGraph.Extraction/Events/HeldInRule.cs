using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// HELD_IN: an event followed by «в/во» and a place («визит в Вашингтон», «форум в Астане»), also past the
/// complement of its name («саммит ШОС в Астане», «фестиваль «Новая волна» в Юрмале», «чемпионат мира по
/// хоккею в Риге»).
/// </summary>
internal sealed class HeldInRule : IRelationRule
{
    private const double Confidence = 0.75;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        // by index, not through a copied list: nothing here adds mentions, and most sentences have no event
        for (var k = 0; k < v.Mentions.Count; k++)
        {
            var ev = v.Mentions[k];
            if (ev.Label != GraphLabels.Event)
            {
                continue;
            }

            var at = AfterComplement(v, ev.Last + 1);
            if (ctx.Lexicons.Is("in", v.Word(at)) && v.NextMention(at + 1) is { IsPlace: true } place && place.First == at + 1)
            {
                ctx.Sink.Add(RelationshipTypes.HeldIn, ev.Entity, place.Entity, v.Evidence, Confidence);
            }
        }
    }

    private static int AfterComplement(SentenceView v, int at)
    {
        if (v.MentionAt(at) is { Label: GraphLabels.Organization } body && body.First == at)
        {
            return body.Last + 1;
        }

        if (v.Word(at) is "«" or "\"")
        {
            for (var k = at + 1; k < v.Tokens.Count && k - at <= 7; k++)
            {
                if (v.Word(k) is "»" or "\"")
                {
                    return k + 1;
                }
            }
        }

        if (v.Word(at) is "мира" or "европы" or "азии" or "африки" or "америки" && v.Word(at + 1) == "по")
        {
            var k = at + 2;
            while (k < v.Tokens.Count && v.Tokens[k].IsWord && !IsIn(v.Word(k)))
            {
                k++;
            }

            return k;
        }

        return at;
    }

    private static bool IsIn(string w) => w is "в" or "во";
}
