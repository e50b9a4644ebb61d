using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// VISITED: «X совершил визит в Y», «X посетил Y», «X прибыл в Y», and the nominal «визит X в Y».
/// The first person found visiting becomes the document's protagonist (the implicit actor of
/// subjectless sentences) and the place the host of the visit. The visitor takes part in the visit event.
/// </summary>
internal sealed class VisitRule : IRelationRule
{
    private const double Confidence = 0.85;

    public void Apply(RelationContext ctx, SentenceView v)
    {
        var lx = ctx.Lexicons;
        foreach (var m in v.Matches(lx.Visited))
        {
            var place = PlaceAfter(v, m.Next, lx);
            if (place is null)
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
                Record(ctx, v, s, place.Entity);
            }
        }

        // «визит президента Франции в Москву»
        for (var k = 0; k < v.Mentions.Count; k++)
        {
            var ev = v.Mentions[k];
            if (ev.Label != GraphLabels.Event || !Equals(ev.Entity.Properties.GetValueOrDefault("kind"), "визит"))
            {
                continue;
            }

            if (v.NextMention(ev.Last + 1) is { } who && who.First == ev.Last + 1 && who.Label is GraphLabels.Person
                && PlaceAfter(v, Phrases.ChunkFrom(v, who, lx).Last + 1, lx) is { } place)
            {
                Record(ctx, v, Phrases.ChunkFrom(v, who, lx).Head.Entity, place.Entity);
            }
        }
    }

    private static void Record(RelationContext ctx, SentenceView v, Entity visitor, Entity place)
    {
        if (!ctx.Sink.Add(RelationshipTypes.Visited, visitor, place, v.Evidence, Confidence))
        {
            return;
        }

        if (ctx.Protagonist is null && visitor.Label == GraphLabels.Person)
        {
            ctx.Protagonist = visitor;
            ctx.VisitedPlace = place;
        }

        if (ctx.Events.TryGetValue("визит", out var visit))
        {
            ctx.Sink.Add(RelationshipTypes.ParticipatedIn, visitor, visit, v.Evidence, Confidence);
        }
    }

    /// <summary>The place after a visit verb: «в/во/на X» or X directly.</summary>
    private static MentionRef? PlaceAfter(SentenceView v, int at, RelationLexicons lx)
    {
        var k = at;
        if (lx.Is("in", v.Word(k)) || v.Word(k) == "на")
        {
            k++;
        }

        var next = v.NextMention(k);
        return next is not null && next.First == k && (next.IsPlace || next.Label == GraphLabels.Organization)
            ? Phrases.ChunkFrom(v, next, lx).Parts[0]
            : null;
    }
}
