using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// PARTICIPATED_IN: «X принял участие в работе Конвенции», «X участвовал в форуме» -> X to the
/// event; without a subject, the protagonist.
/// </summary>
internal sealed class ParticipationRule : IRelationRule
{
    private const double Confidence = 0.8;
    private const int EventLead = 3;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        foreach (var m in v.Matches(lx.Participated))
        {
            var ev = v.NextMention(m.Next);
            if (ev is null || ev.Label != GraphLabels.Event || !Phrases.GapIsFiller(v, m.Next, ev.First, EventLead, lx))
            {
                continue;
            }

            var subjects = MentionRef.ReferentsOf(Phrases.SubjectsBefore(v, m.First, 4, lx));
            if (subjects.Count == 0 && ctx.Protagonist is { } p)
            {
                subjects.Add(p);
            }

            foreach (var s in subjects)
            {
                ctx.Sink.Add(RelationshipTypes.ParticipatedIn, s, ev.Entity, v.Evidence, Confidence);
            }
        }
    }
}
