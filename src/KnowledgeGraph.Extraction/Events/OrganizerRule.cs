using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// ORGANIZED: «прием, организованный Посольством» (the nearest event before a passive participle,
/// the organiser after it) and «X организовал конференцию» (subject before, event after).
/// </summary>
internal sealed class OrganizerRule : IRelationRule
{
    private const double Confidence = 0.8;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        foreach (var m in v.Matches(lx.Organized))
        {
            if (m.Pattern.Value == "passive")
            {
                var ev = v.MentionBefore(m.First, GraphLabels.Event);
                var by = Phrases.ObjectsAfter(v, m.Next, 1, lx).FirstOrDefault();
                if (ev is not null && by is not null && by.Parts[0].Label is GraphLabels.Organization or GraphLabels.Person or GraphLabels.Country)
                {
                    ctx.Sink.Add(RelationshipTypes.Organized, by.Parts[0].Entity, ev.Entity, v.Evidence, Confidence);
                }

                continue;
            }

            var target = v.NextMention(m.Next);
            if (target is { Label: GraphLabels.Event } && Phrases.GapIsFiller(v, m.Next, target.First, 2, lx))
            {
                foreach (var s in MentionRef.ReferentsOf(Phrases.SubjectsBefore(v, m.First, 4, lx)))
                {
                    ctx.Sink.Add(RelationshipTypes.Organized, s, target.Entity, v.Evidence, Confidence);
                }
            }
        }
    }
}
