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
        using var tables = WorkingTables<Tables>.Take();
        return Detect(ctx, tables.Tables);
    }

    /// <summary>
    /// This thread's tables (<see cref="WorkingTables{T}"/>) of events by kind, key and name, the events given mentions and
    /// those to rename: used again article after article (made per article they were ~1 KB of its garbage), emptied after each.
    /// </summary>
    private sealed class Tables : IWorkingTables
    {
        public Dictionary<string, Entity> LastOfKind { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entity> ByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Entity> ByName { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<Entity> Touched { get; } = [];

        public Dictionary<Entity, (string Name, string? Date)> Renames { get; } = [];

        public void Clear()
        {
            LastOfKind.Clear();
            ByKey.Clear();
            ByName.Clear();
            Touched.Clear();
            Renames.Clear();
        }
    }

    private static long Detect(RelationContext ctx, Tables tables)
    {
        // what the matches need is made at the first match: most articles have none
        Found? found = null;
        foreach (var v in ctx.Views)
        {
            // the sentence's date, read when its first event needs it (once a sentence, not once an event)
            var dated = false;
            string? date = null;
            foreach (var m in v.Matches(ctx.Lexicons.Events))
            {
                found ??= new Found(ctx, tables);
                var (tag, lastOfKind, sweep, byKey, byName, touched, renames) = found;
                var kind = m.Pattern.Value;
                var head = HeadOf(v, m, kind);
                if (ctx.Lexicons.SingularEvents.Contains(kind) && head > 0 && v.Tokens[head - 1].IsWord
                    && Naming.NounNumber.PluralByWordBefore(ctx.Lexicons.Morphology, v.Tokens[head].Lower, kind, v.Tokens[head - 1].Lower))
                {
                    continue; // «проводить встречи»: the plural the genitive singular looks like, not the event
                }

                var span = TextSpan.Of(ctx.Document.Article.Text, v.Tokens[head].Start, v.Tokens[head].End);
                if (v.MentionAt(head) is { } taken && taken.Label != GraphLabels.Event)
                {
                    continue; // part of a name («Конвенция ООН по морскому праву» as a Work)
                }

                if (v.MentionAt(head + 1) is { Label: GraphLabels.Event } whole && whole.First == head + 1)
                {
                    continue; // «сессия Конвенции», «заседание форума»: a part of the event named after it
                }

                var (name, proper) = EventNaming.Name(v, head, kind, ctx.Document.Article.Text);
                if (!dated)
                {
                    date = EventDates.In(v, ctx.Document.Article.Published);
                    dated = true;
                }

                var f = new EventMention(kind, v.Index, m.First, head, name, span) { Proper = proper, Date = date };
                var bare = f.Name.Equals(kind, StringComparison.OrdinalIgnoreCase);
                var overlapped = sweep.Overlapping(span.Start, span.End);
                if (overlapped is not null && proper && !name.Equals(overlapped.Name, StringComparison.OrdinalIgnoreCase))
                {
                    renames.TryAdd(overlapped, (name, f.Date)); // «чемпионат» of the entity stages is «Чемпионат мира по хоккею»
                }

                var entity = overlapped
                    ?? (bare && lastOfKind.TryGetValue(kind, out var last) ? last : null)
                    ?? (byName.TryGetValue(name, out var same) ? same : null)
                    ?? Named(ctx, byKey, f, tag);
                byName.TryAdd(name, entity);
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

        if (found is null)
        {
            return 0;
        }

        foreach (var e in found.Touched)
        {
            e.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        Rename(ctx, found.Renames, found.Tag);

        return found.Sweep.Comparisons;
    }

    /// <summary>What <see cref="Detect"/> keeps while it goes: the article's tag, the events by kind, span, key and name.</summary>
    private sealed record Found(
        string Tag,
        Dictionary<string, Entity> LastOfKind,
        SpanSweep Sweep,
        Dictionary<string, Entity> ByKey,
        Dictionary<string, Entity> ByName,
        HashSet<Entity> Touched,
        Dictionary<Entity, (string Name, string? Date)> Renames)
    {
        public Found(RelationContext ctx, Tables tables)
            : this(
                ctx.Document.Article.Key[ArticleKeys.Prefix.Length..][..8],
                tables.LastOfKind,
                new SpanSweep(ctx.Document.Entities.Where(e => e.Label == GraphLabels.Event)),
                tables.ByKey,
                tables.ByName,
                tables.Touched,
                tables.Renames)
        {
            foreach (var e in ctx.Document.Entities)
            {
                if (e.Label == GraphLabels.Event)
                {
                    ByKey.Add(e.Key, e); // as ToDictionary: a key twice is a fault
                }
            }
        }
    }

    /// <summary>
    /// Events of the entity stages that a fuller name of this stage names: the name, and the key when the name is
    /// dated. A new key makes a new entity, put in the old one's place in the document and in every view.
    /// </summary>
    private static void Rename(RelationContext ctx, Dictionary<Entity, (string Name, string? Date)> renames, string tag)
    {
        var replaced = new Dictionary<Entity, Entity>();
        foreach (var (old, (name, date)) in renames)
        {
            var when = date ?? old.Properties.GetValueOrDefault("date") as string;
            var key = EventKeys.For(name, proper: true, when, tag);
            old.Name = name;
            if (key == old.Key || ctx.Document.Entities.Exists(e => e.Key == key))
            {
                continue;
            }

            var renamed = new Entity { Key = key, Label = old.Label, Name = name, Aliases = old.Aliases, Properties = old.Properties, Mentions = old.Mentions };
            if (when is not null)
            {
                renamed.Properties["date"] = when;
            }

            ctx.ReplaceEntity(old, renamed);
            replaced[old] = renamed;
        }

        if (replaced.Count == 0)
        {
            return;
        }

        foreach (var v in ctx.Views)
        {
            Swap(v.Mentions, replaced);
            Swap(v.Nested, replaced);
        }
    }

    private static void Swap(List<MentionRef> mentions, Dictionary<Entity, Entity> replaced)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (replaced.TryGetValue(mentions[i].Entity, out var by))
            {
                mentions[i] = mentions[i] with { Entity = by };
            }
        }
    }

    private static int HeadOf(SentenceView v, TriggerMatch m, string canonical)
    {
        // the fold is char for char: the first four letters of the folded noun are the fold of its first four
        var stem = Tokenizer.Fold(canonical.AsSpan(0, Math.Min(4, canonical.Length)), stackalloc char[4]);
        for (var i = m.First; i <= m.Last; i++)
        {
            if (v.Tokens[i].Lower.AsSpan().StartsWith(stem, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return m.First;
    }

    /// <summary>The article's event of this name, made when there is none yet.</summary>
    private static Entity Named(RelationContext ctx, Dictionary<string, Entity> byKey, EventMention f, string tag)
    {
        var key = EventKeys.For(f.Name, f.Proper, f.Date, tag);
        if (byKey.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var entity = new Entity { Key = key, Label = GraphLabels.Event, Name = f.Name };
        entity.Properties["kind"] = f.Kind;
        if (f.Date is not null)
        {
            entity.Properties["date"] = f.Date;
        }

        ctx.AddEntity(entity);
        byKey[key] = entity;
        return entity;
    }
}
