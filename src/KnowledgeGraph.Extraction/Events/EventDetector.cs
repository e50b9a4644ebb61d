using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Turns event nouns (visits, conventions, receptions, presentations…) into Event entities of the article.
/// A mention over words an Event of the entity stages already covers is that event; a mention with a name of
/// its own («Отдельная сессия», «региональная встреча») is the event of that name (names compared without
/// regard to case); a bare mention («сессии») is the event of its kind named last before it; a mention followed
/// by another event in the genitive («сессия Конвенции») is a part of that event, not one of its own. Events belong
/// to their article: the key is the lower-cased name and the article's tag, so a generic name is never one
/// node shared by every article. Runs before the relation rules, which then see events as mentions.
/// Linear in the number of event mentions: the overlap with the entity stages' events is a forward sweep
/// (<see cref="SpanSweep"/>), events are found by key in a dictionary, mention lists are sorted once at the end.
/// </summary>
internal static class EventDetector
{
    /// <summary>Finds the events; returns the number of span comparisons the overlap check made.</summary>
    public static long Detect(RelationContext ctx)
    {
        var tag = ctx.Document.Article.Key[ArticleKeys.Prefix.Length..][..8];
        var lastOfKind = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var sweep = new SpanSweep(ctx.Document.Entities.Where(e => e.Label == GraphLabels.Event));
        var byKey = ctx.Document.Entities.Where(e => e.Label == GraphLabels.Event).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var touched = new HashSet<Entity>();
        foreach (var v in ctx.Views)
        {
            foreach (var m in ctx.Lexicons.Events.Matches(v.Tokens))
            {
                var kind = m.Pattern.Value;
                var head = HeadOf(v, m, kind);
                var span = TextSpan.Of(ctx.Document.Article.Text, v.Tokens[head].Start, v.Tokens[head].End);
                if (v.MentionAt(head) is { } taken && taken.Label != GraphLabels.Event)
                {
                    continue; // part of a name («Конвенция ООН по морскому праву» as a Work)
                }

                if (v.MentionAt(head + 1) is { Label: GraphLabels.Event } whole && whole.First == head + 1)
                {
                    continue; // «сессия Конвенции», «заседание форума»: a part of the event named after it
                }

                var f = new EventMention(kind, v.Index, m.First, head, EventNaming.Name(v, head, kind, ctx.Document.Article.Text), span);
                var bare = f.Name.Equals(kind, StringComparison.OrdinalIgnoreCase);
                var overlapped = sweep.Overlapping(span.Start, span.End);
                var entity = overlapped
                    ?? (bare && lastOfKind.TryGetValue(kind, out var last) ? last : null)
                    ?? Named(ctx, byKey, f, tag);
                if (overlapped is null)
                {
                    // heads come in text order and never share a token, so the span is new to the entity
                    entity.Mentions.Add(span);
                    touched.Add(entity);
                }

                if (v.MentionAt(head) is null)
                {
                    v.AddMention(new MentionRef(entity, span.Start, span.End, head, head, true));
                }

                lastOfKind[kind] = entity;
                ctx.Events.TryAdd(kind, entity);
            }
        }

        foreach (var e in touched)
        {
            e.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return sweep.Comparisons;
    }

    private static int HeadOf(SentenceView v, TriggerMatch m, string canonical)
    {
        var stem = Tokenizer.Fold(canonical);
        stem = stem[..Math.Min(4, stem.Length)];
        for (var i = m.First; i <= m.Last; i++)
        {
            if (v.Tokens[i].Lower.StartsWith(stem, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return m.First;
    }

    /// <summary>The article's event of this name, made when there is none yet.</summary>
    private static Entity Named(RelationContext ctx, Dictionary<string, Entity> byKey, EventMention f, string tag)
    {
        var key = "event:" + EntityKeys.Slug(f.Name.ToLowerInvariant()) + "-" + tag;
        if (byKey.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var entity = new Entity { Key = key, Label = GraphLabels.Event, Name = f.Name };
        entity.Properties["kind"] = f.Kind;
        ctx.AddEntity(entity);
        byKey[key] = entity;
        return entity;
    }
}
