using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// AGREED_WITH between the parties of an agreement: coordinated subjects («X и Y подписали
/// соглашение»), a collective subject («Стороны достигли договоренности»), «между X и Y», or a
/// subject and «с Y». Capitals stand for their states here («между Москвой и Пекином»).
/// </summary>
internal sealed class AgreementRule : IRelationRule
{
    private const double Confidence = 0.75;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        foreach (var m in lx.Agreed.Matches(v.Tokens))
        {
            var parties = Phrases.SubjectsBefore(v, m.First, 3, lx).SelectMany(s => s.Referents).ToList();
            var after = Math.Max(m.Next, 0);
            for (var k = after; k < v.Tokens.Count && !lx.Is("breaker", v.Word(k)); k++)
            {
                if (lx.Is("between", v.Word(k)) || (parties.Count == 1 && lx.Is("with", v.Word(k))))
                {
                    parties.AddRange(Phrases.ObjectsAfter(v, k + 1, 0, lx).Select(c => c.Head.Entity));
                    break;
                }
            }

            var states = parties.Select(ctx.StateOf).DistinctBy(e => e.Key).ToList();
            for (var a = 0; a < states.Count; a++)
            {
                for (var b = a + 1; b < states.Count; b++)
                {
                    ctx.Sink.Add(RelationshipTypes.AgreedWith, states[a], states[b], v.Evidence, Confidence);
                }
            }
        }
    }
}
