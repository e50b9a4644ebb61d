using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Turns event nouns (visits, conventions, receptions, presentations…) into Event entities: all
/// mentions of one kind in a document are one event, named by its richest mention. An Event the
/// entity stages already made over the same words is reused. Runs before the relation rules, which
/// then see events as mentions.
/// </summary>
internal static class EventDetector
{
    public static void Detect(RelationContext ctx)
    {
        var found = new List<EventMention>();
        foreach (var v in ctx.Views)
        {
            foreach (var m in ctx.Lexicons.Events.Matches(v.Tokens))
            {
                var kc = m.Pattern.Value.Split('|');
                var head = HeadOf(v, m, kc[1]);
                var span = TextSpan.Of(ctx.Document.Article.Text, v.Tokens[head].Start, v.Tokens[head].End);
                if (v.MentionAt(head) is { } taken && taken.Label != GraphLabels.Event)
                {
                    continue; // part of a name («Конвенция ООН по морскому праву» as a Work)
                }

                found.Add(new EventMention(kc[0], v.Index, m.First, head, EventNaming.Name(v, head, kc[1], ctx.Document.Article.Text), span));
            }
        }

        foreach (var group in found.GroupBy(f => f.Kind))
        {
            var entity = Existing(ctx, group) ?? Create(ctx, group);
            entity.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var f in group)
            {
                AddUnlessOverlapping(entity.Mentions, f.Span);

                var v = ctx.Views[f.Sentence];
                if (v.MentionAt(f.Head) is null)
                {
                    v.AddMention(new MentionRef(entity, f.Span.Start, f.Span.End, f.Head, f.Head, true));
                }
            }

            entity.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            ctx.Events[group.Key] = entity;
        }
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

    private static Entity? Existing(RelationContext ctx, IEnumerable<EventMention> mentions)
    {
        // Both sides sorted by start and swept together: linear, where a pairwise test is quadratic in long texts.
        var spans = mentions.Select(f => f.Span).OrderBy(x => x.Start).ToList();
        return ctx.Document.Entities.FirstOrDefault(e => e.Label == GraphLabels.Event && Overlap(e.Mentions.OrderBy(x => x.Start).ToList(), spans));
    }

    private static bool Overlap(List<TextSpan> a, List<TextSpan> b)
    {
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i].Start < b[j].End && b[j].Start < a[i].End)
            {
                return true;
            }

            if (a[i].End <= b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    private static Entity Create(RelationContext ctx, IGrouping<string, EventMention> group)
    {
        var name = group.Select(f => f.Name).OrderByDescending(n => n.Length).First();
        var entity = new Entity
        {
            Key = EntityKeys.For(GraphLabels.Event, name),
            Label = GraphLabels.Event,
            Name = name,
        };
        entity.Properties["kind"] = group.Key;
        foreach (var alias in group.Select(f => f.Name).Distinct(StringComparer.Ordinal).Where(n => n != name))
        {
            entity.Aliases.Add(alias);
        }

        ctx.AddEntity(entity);
        return entity;
    }

    /// <summary>Adds a span to mentions sorted by start unless it overlaps one (binary search: linear overall in long texts).</summary>
    private static void AddUnlessOverlapping(List<TextSpan> sorted, TextSpan span)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var before = lo > 0 && sorted[lo - 1].End > span.Start;
        var after = lo < sorted.Count && sorted[lo].Start < span.End;
        if (!before && !after)
        {
            sorted.Insert(lo, span);
        }
    }
}
