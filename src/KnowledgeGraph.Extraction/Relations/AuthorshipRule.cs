using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// AUTHORED: «книга «…», авторами которой являются А и Б» (the work before the trigger, the people
/// after it) and «А написал «…»» (a person before, a work after).
/// </summary>
internal sealed class AuthorshipRule : IRelationRule
{
    private const double Confidence = 0.75;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        foreach (var m in v.Matches(lx.Authored))
        {
            var workBefore = v.MentionBefore(m.First, GraphLabels.Work);
            var after = Phrases.ObjectsAfter(v, m.Next, 2, lx);
            if (workBefore is not null)
            {
                foreach (var c in after.Where(c => c.Head.IsPerson))
                {
                    ctx.Sink.Add(RelationshipTypes.Authored, c.Head.Entity, workBefore.Entity, v.Evidence, Confidence);
                }

                continue;
            }

            var work = after.FirstOrDefault(c => c.Head.Label == GraphLabels.Work);
            if (work is not null)
            {
                foreach (var s in Phrases.SubjectsBefore(v, m.First, 3, lx).Where(s => s.IsPerson))
                {
                    ctx.Sink.Add(RelationshipTypes.Authored, s.Entity, work.Head.Entity, v.Evidence, Confidence);
                }
            }
        }
    }
}
