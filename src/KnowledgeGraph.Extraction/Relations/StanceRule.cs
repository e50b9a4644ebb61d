using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// PRAISED and CRITICIZED: a subject before the trigger («высоко оценил», «раскритиковал»), the
/// first noun phrase after it (and those coordinated with it) as the object: «приветствовала
/// реформы Президента РК К.Токаева» -> К.Токаев.
/// </summary>
internal sealed class StanceRule(string type, Func<RelationLexicons, TriggerIndex> triggers) : IRelationRule
{
    private const double Confidence = 0.7;
    private const int ObjectLead = 6;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        foreach (var m in v.Matches(triggers(lx)))
        {
            var subjects = MentionRef.ReferentsOf(Phrases.SubjectsBefore(v, m.First, 4, lx));
            if (subjects.Count == 0)
            {
                continue;
            }

            foreach (var o in Phrases.ObjectsAfter(v, m.Next, ObjectLead, lx))
            {
                if (o.Head.Label is GraphLabels.Event)
                {
                    continue;
                }

                foreach (var s in subjects)
                {
                    ctx.Sink.Add(type, s, o.Head.Entity, v.Evidence, Confidence);
                }
            }
        }
    }
}
