using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// MET_WITH: «X встретился с Y», «X провел переговоры с Y и Z», «X и Y встретились», and the nouns
/// «на встречах с …», «переговоры с …», «в ходе встречи X с Y». A noun without an actor belongs to
/// the document's protagonist. A meeting event takes every participant.
/// </summary>
internal sealed class MeetingRule : IRelationRule
{
    private const double Confidence = 0.8;
    private const double ImplicitConfidence = 0.65;
    private const int ObjectLead = 4;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        foreach (var m in v.Matches(lx.MetWith))
        {
            var nominal = m.Pattern.Value == "noun";
            var confidence = Confidence;
            if (!nominal && Fronted(ctx, v, m))
            {
                continue;
            }

            // the actor: a genitive right after a noun («встреча X с Y»), else the subject before
            var actors = new List<Entity>();
            var afterTrigger = m.Next;
            if (nominal && v.NextMention(m.Next) is { } gen && gen.First == m.Next && !lx.Is("with", v.Word(m.Next)))
            {
                var chunk = Phrases.ChunkFrom(v, gen, lx);
                actors.Add(chunk.Head.Entity);
                afterTrigger = chunk.Last + 1;
            }

            if (actors.Count == 0)
            {
                actors.AddRange(MentionRef.ReferentsOf(Phrases.SubjectsBefore(v, m.First, nominal ? 3 : 5, lx)));
            }

            if (actors.Count == 0 && !nominal)
            {
                actors.AddRange(MentionRef.ReferentsOf(Phrases.RelativeAntecedents(v, m.First, 4, lx)));
            }

            // «встреча между А и Б»: the coordinated phrases after «между» meet each other
            if (actors.Count == 0 && nominal && v.Word(m.Next) == "между")
            {
                actors.AddRange(Phrases.ObjectsAfter(v, m.Next + 1, ObjectLead, lx).Select(c => c.Head)
                    .Where(h => h.Label is GraphLabels.Person or GraphLabels.Organization or GraphLabels.Country)
                    .Select(h => h.Entity));
                afterTrigger = v.Tokens.Count;
            }

            var partners = PartnersAfter(v, afterTrigger, lx);
            if (actors.Count == 0 && partners.Count > 0 && nominal && ctx.Protagonist is { } p)
            {
                actors.Add(p);
                confidence = ImplicitConfidence;
            }

            var participants = new List<Entity>(actors);
            if (partners.Count == 0)
            {
                // «X и Y встретились»: the coordinated subjects meet each other, from the first named
                actors = ByFirstMention(v, actors);
                for (var a = 0; a < actors.Count; a++)
                {
                    for (var b = a + 1; b < actors.Count; b++)
                    {
                        ctx.Sink.Add(RelationshipTypes.MetWith, actors[a], actors[b], v.Evidence, confidence);
                    }
                }
            }
            else
            {
                foreach (var a in actors)
                {
                    foreach (var b in partners)
                    {
                        ctx.Sink.Add(RelationshipTypes.MetWith, a, b, v.Evidence, confidence);
                    }
                }

                participants.AddRange(partners);
            }

            if (v.MentionAt(m.First) is { Label: GraphLabels.Event } meeting)
            {
                foreach (var who in participants)
                {
                    ctx.Sink.Add(RelationshipTypes.ParticipatedIn, who, meeting.Entity, v.Evidence, confidence);
                }
            }
        }
    }

    /// <summary>
    /// «С Анной Ветровой встретился Олег Зимин»: the partner fronted before the verb, the subject after it.
    /// True when the sentence had that shape and was handled.
    /// </summary>
    private static bool Fronted(RelationContext ctx, SentenceView v, TriggerMatch m)
    {
        var lx = ctx.Lexicons;
        if (v.MentionBefore(m.First) is not { } last || last.Last != m.First - 1)
        {
            return false;
        }

        var chunk = Phrases.ChunkEndingAt(v, last, lx);
        if (!lx.Is("with", v.Word(chunk.First - 1)) || !IsParty(chunk.Head))
        {
            return false;
        }

        var subjects = Phrases.ObjectsAfter(v, m.Next, 1, lx).Select(c => c.Head).Where(h => h.LooksNominative && IsParty(h)).ToList();
        foreach (var s in subjects)
        {
            ctx.Sink.Add(RelationshipTypes.MetWith, s.Entity, chunk.Head.Entity, v.Evidence, Confidence);
        }

        return subjects.Count > 0;
    }

    private static bool IsParty(MentionRef m) => m.Label is GraphLabels.Person or GraphLabels.Organization or GraphLabels.Country;

    /// <summary>
    /// The actors ordered by their first mention in the sentence: what a stable sort by it (<c>OrderBy</c>) gives, by an
    /// insertion sort over the places found once per actor, in place. Fewer than two actors are in order as they are.
    /// </summary>
    internal static List<Entity> ByFirstMention(SentenceView v, List<Entity> actors)
    {
        if (actors.Count < 2)
        {
            return actors;
        }

        var firsts = new int[actors.Count];
        for (var i = 0; i < actors.Count; i++)
        {
            var (actor, first) = (actors[i], FirstMentionIn(v, actors[i]));
            var k = i;
            for (; k > 0 && firsts[k - 1] > first; k--) // strictly greater: equal places keep their order
            {
                firsts[k] = firsts[k - 1];
                actors[k] = actors[k - 1];
            }

            firsts[k] = first;
            actors[k] = actor;
        }

        return actors;
    }

    internal static int FirstMentionIn(SentenceView v, Entity e)
    {
        var first = int.MaxValue;
        foreach (var x in v.Mentions)
        {
            first = x.Entity.Key == e.Key ? Math.Min(first, x.First) : first;
        }

        foreach (var x in v.Nested)
        {
            first = x.Entity.Key == e.Key ? Math.Min(first, x.First) : first;
        }

        return first;
    }

    /// <summary>The heads of the coordinated phrases after «с/со» (at most one word after the trigger).</summary>
    private static List<Entity> PartnersAfter(SentenceView v, int at, RelationLexicons lx)
    {
        var k = at;
        if (!lx.Is("with", v.Word(k)))
        {
            k++;
            if (!lx.Is("with", v.Word(k)))
            {
                return [];
            }
        }

        var partners = new List<Entity>();
        foreach (var c in Phrases.ObjectsAfter(v, k + 1, ObjectLead, lx))
        {
            if (c.Head.Label is GraphLabels.Person or GraphLabels.Organization or GraphLabels.Country)
            {
                partners.Add(c.Head.Entity);
            }
        }

        return partners;
    }
}
