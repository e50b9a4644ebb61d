using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Builds the <see cref="SentenceView"/>s of a document: one linear pass over sentences and mentions.</summary>
internal static class SentenceViews
{
    public static List<SentenceView> Build(DocumentAnalysis doc)
    {
        var all = Ordered(doc.Entities);
        var lexicons = doc.Lexicons?.Relations ?? RelationLexicons.Default;
        var views = new List<SentenceView>(doc.Sentences.Count);
        using (var scratch = WorkingTables<Scratch>.Take())
        {
            var t = scratch.Tables;
            Build(doc, all, t.Forms, views, t.Tokens, t.Mentions, new SentenceMemo(lexicons.Positions, lexicons.Triggers));
        }

        return views;
    }

    /// <summary>
    /// This thread's lists each sentence's tokens and mentions are gathered in (then copied to lists of the view's own
    /// size) and its table of the entities' folded forms (<see cref="WorkingTables{T}"/>): used again document after
    /// document (made per document they were ~1 KB of its garbage), emptied after each.
    /// </summary>
    private sealed class Scratch : IWorkingTables
    {
        public List<Token> Tokens { get; } = new(64);

        public List<MentionRef> Mentions { get; } = [];

        public Dictionary<Entity, string[]> Forms { get; } = new(ReferenceEqualityComparer.Instance);

        public void Clear()
        {
            Tokens.Clear();
            Mentions.Clear();
            Forms.Clear();
        }
    }

    private static void Build(DocumentAnalysis doc, (Entity Entity, TextSpan Span, int Order)[] all, Dictionary<Entity, string[]> forms,
        List<SentenceView> views, List<Token> scratch, List<MentionRef> mentions, SentenceMemo memo)
    {
        var text = doc.NormalizedText;
        var original = doc.Article.Text;
        var folds = FoldCache.ForThread();
        var k = 0;
        for (var si = 0; si < doc.Sentences.Count; si++)
        {
            var s = doc.Sentences[si];
            if (doc.Tokens is not { } entityTokens || !EntityTokens.TryTake(entityTokens, s, scratch))
            {
                Tokenizer.Tokenize(text, s.Start, s.End, folds, scratch);
            }

            var tokens = new List<Token>(scratch);
            mentions.Clear();
            while (k < all.Length && all[k].Span.Start < s.Start)
            {
                k++;
            }

            for (var j = k; j < all.Length && all[j].Span.Start < s.End; j++)
            {
                var (e, span, _) = all[j];
                if (span.End <= s.End && Place(tokens, span.Start, span.End) is var (first, last) && first <= last)
                {
                    // the folded forms are made for an entity only when a surface is not spelt as one of its names
                    var nominative = SpeltAsName(e, span.Text) || Names.IsCanonicalForm(FoldedForms(forms, e), span.Text);
                    mentions.Add(new MentionRef(e, span.Start, span.End, first, last, nominative));
                }
            }

            views.Add(new SentenceView(si, s, tokens, mentions, original, memo, doc.Evidence));
        }
    }

    private static string[] FoldedForms(Dictionary<Entity, string[]> forms, Entity e)
    {
        if (!forms.TryGetValue(e, out var folded))
        {
            forms[e] = folded = Names.FoldedForms(e);
        }

        return folded;
    }

    /// <summary>
    /// Whether <paramref name="surface"/> is spelt exactly as the name or an alias of <paramref name="e"/>: then it folds as
    /// that name does, and <see cref="Names.IsCanonicalForm"/> would say yes without folding it (most surfaces are aliases).
    /// </summary>
    private static bool SpeltAsName(Entity e, string surface)
    {
        if (string.Equals(surface, e.Name, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var alias in e.Aliases)
        {
            if (string.Equals(surface, alias, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every mention of every entity, by start; mentions starting together stay in the order of the entities and their mentions.</summary>
    private static (Entity Entity, TextSpan Span, int Order)[] Ordered(List<Entity> entities)
    {
        var count = 0;
        foreach (var e in entities)
        {
            count += e.Mentions.Count;
        }

        var all = new (Entity Entity, TextSpan Span, int Order)[count];
        var keys = new long[count];
        var n = 0;
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                all[n] = (e, m, n);
                keys[n] = ((long)m.Start << 32) | (uint)n; // start, then order: unique keys, sorted as numbers
                n++;
            }
        }

        Array.Sort(keys, all);
        return all;
    }

    /// <summary>The sentence, trimmed of surrounding blanks, as a span of the original text (the document's, when <paramref name="spans"/> are given).</summary>
    public static TextSpan Evidence(string original, Sentence s, int index, EvidenceSpans? spans)
    {
        var start = s.Start;
        var end = Math.Min(s.End, original.Length);
        while (start < end && char.IsWhiteSpace(original[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(original[end - 1]))
        {
            end--;
        }

        return spans?.Of(index, start, end) ?? TextSpan.Of(original, start, end);
    }

    /// <summary>The first and last token inside [start, end).</summary>
    public static (int First, int Last) Place(List<Token> tokens, int start, int end)
    {
        var first = LowerBound(tokens, start);
        var last = first - 1;
        for (var i = first; i < tokens.Count && tokens[i].End <= end; i++)
        {
            last = i;
        }

        return (first, last);
    }

    private static int LowerBound(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
