using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>HELD_IN: an event followed by «в/во» and a place («визит в Вашингтон», «форум в Астане»).</summary>
internal sealed class HeldInRule : IRelationRule
{
    private const double Confidence = 0.75;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        foreach (var ev in v.Mentions.Where(m => m.Label == GraphLabels.Event).ToList())
        {
            var at = ev.Last + 1;
            if (ctx.Lexicons.Is("in", v.Word(at)) && v.NextMention(at + 1) is { IsPlace: true } place && place.First == at + 1)
            {
                ctx.Sink.Add(RelationshipTypes.HeldIn, ev.Entity, place.Entity, v.Evidence, Confidence);
            }
        }
    }
}
