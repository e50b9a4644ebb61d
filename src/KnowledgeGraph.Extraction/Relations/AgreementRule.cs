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
        foreach (var m in v.Matches(lx.Agreed))
        {
            var parties = MentionRef.ReferentsOf(Phrases.SubjectsBefore(v, m.First, 3, lx));
            var after = Math.Max(m.Next, 0);
            for (var k = after; k < v.Tokens.Count && !lx.Is("breaker", v.Word(k)); k++)
            {
                if (lx.Is("between", v.Word(k)) || (parties.Count == 1 && lx.Is("with", v.Word(k))))
                {
                    parties.AddRange(Phrases.ObjectsAfter(v, k + 1, 0, lx).Select(c => c.Head.Entity));
                    break;
                }
            }

            // «министры подписали меморандум»: a plural subject stands for the parties of the last meeting
            if (parties.Count < 2 && CollectiveBefore(v, m.First, lx) && LastMeeting(ctx) is var (first, second))
            {
                parties = [first, second];
            }

            var states = DistinctStates(ctx, parties);
            for (var a = 0; a < states.Count; a++)
            {
                for (var b = a + 1; b < states.Count; b++)
                {
                    ctx.Sink.Add(RelationshipTypes.AgreedWith, states[a], states[b], v.Evidence, Confidence);
                }
            }
        }
    }

    /// <summary>
    /// The states the parties stand for (<see cref="RelationContext.StateOf"/>), each key once, in the order first met:
    /// what <c>Select(StateOf).DistinctBy(Key)</c> gives, without its iterators and set (the parties are a few).
    /// </summary>
    internal static List<Entity> DistinctStates(RelationContext ctx, List<Entity> parties)
    {
        var states = new List<Entity>(parties.Count);
        foreach (var p in parties)
        {
            var state = ctx.StateOf(p);
            if (!HasKey(states, state.Key))
            {
                states.Add(state);
            }
        }

        return states;
    }

    private static bool HasKey(List<Entity> entities, string key)
    {
        foreach (var e in entities)
        {
            if (e.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CollectiveBefore(SentenceView v, int trigger, RelationLexicons lx)
    {
        for (var k = trigger - 1; k >= 0 && trigger - k <= 3 && v.Tokens[k].IsWord && !lx.Is("breaker", v.Word(k)); k--)
        {
            if (lx.Is("collective", v.Word(k)) && v.MentionAt(k) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The two sides of the last MET_WITH found so far in the document, if any.</summary>
    private static (Entity A, Entity B)? LastMeeting(RelationContext ctx)
    {
        var met = ctx.Sink.Latest(RelationshipTypes.MetWith);
        var a = met is null ? null : ctx.EntityIndex.ByKey(met.Start);
        var b = met is null ? null : ctx.EntityIndex.ByKey(met.End);
        return a is null || b is null ? null : (a, b);
    }
}
