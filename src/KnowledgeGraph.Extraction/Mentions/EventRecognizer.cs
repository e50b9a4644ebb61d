using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Events named by an event noun (event-nouns.txt: визит, встреча, конвенция, прием, …) in the
/// singular, when the text makes it a particular event: an adjective in front («рабочий визит»),
/// a capital inside the sentence («Конвенции»), a place after («визит в Вашингтон») or a genitive
/// complement («презентация книги»). Other singular mentions of the same noun in the article are
/// the same event. Properties: kind (the noun), date and place when the sentence gives them.
/// </summary>
public sealed class EventRecognizer : IMentionRecognizer
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "этого", "этому", "этот", "этой", "такой", "такого", "такая", "такую", "такие", "таких", "данный", "данного", "данная", "данной",
        "своего", "своей", "свой", "нашего", "нашей", "всего", "которого", "которой", "которую", "который", "другой", "другого", "каждый",
        "каждого", "очередной", "очередного", "очередную", "отдельный", "отдельная", "отдельного", "отдельной", "отдельную",
        "новый", "новая", "нового", "новой", "новую", "следующий", "следующая", "следующего", "следующей", "первый", "первая",
        "первого", "первой", "последний", "последняя", "последнего", "последней", "прошлый", "прошлого", "прошлой",
    };

    /// <summary>
    /// This thread's working tables (<see cref="WorkingTables{T}"/>), used again article after article (emptied after each):
    /// the event nouns found, the places by their first token, and a noun's named mentions and its names' first mentions
    /// and keys. Made anew for every article they were ~2 KB of its garbage.
    /// </summary>
    private sealed class Scratch : IWorkingTables
    {
        public List<(int First, int Last, string Lemma, string? Name, string? Place)> Found { get; } = [];

        public Dictionary<int, Mention> Places { get; } = [];

        public List<(int First, int Last, string Lemma, string? Name, string? Place)> Named { get; } = [];

        public Dictionary<string, ((int First, int Last, string Lemma, string? Name, string? Place) Head, string Key)> Heads { get; } = new(StringComparer.Ordinal);

        public void Clear()
        {
            Found.Clear();
            Places.Clear();
            Named.Clear();
            Heads.Clear();
        }
    }

    public void Recognize(MentionContext context)
    {
        using var scratch = WorkingTables<Scratch>.Take();
        Recognize(context, scratch.Tables);
    }

    private static void Recognize(MentionContext context, Scratch scratch)
    {
        var t = context.Tokens;
        var found = scratch.Found;

        // places by their first token, looked up once per event noun (a scan per noun is quadratic in long texts)
        var places = scratch.Places;
        foreach (var m in context.Mentions)
        {
            if (GraphLabels.Places.Contains(m.Label) && m.Chars is null)
            {
                places.TryAdd(m.First, m);
            }
        }

        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || !context.IsFree(i, i + 1) || context.Lexicons.EventNouns.LongestAt(t, i) is not { } noun || noun.End != i + 1)
            {
                continue;
            }

            var gender = noun.Entry.Tags.Length > 0 ? noun.Entry.Tags[0] : 'm';
            var lemma = noun.Entry.Canonical;
            // «встречи» reads as a genitive singular unless the word before shows the plural («проводить встречи»)
            if (NounNumber.IsPlural(t[i].Lower, lemma, gender)
                || (i > 0 && t[i - 1].IsWord && context.SameSentence(i - 1, i) && NounNumber.PluralByWordBefore(context.Lexicons.Surnames.Morphology, t[i].Lower, lemma, t[i - 1].Lower)))
            {
                continue;
            }

            var first = i;
            while (first - 1 >= 0 && context.SameSentence(first - 1, i) && t[first - 1].IsWord && context.IsFree(first - 1, first)
                   && PhraseInflection.LooksLikeAdjective(t[first - 1].Text) && !Determiners.Contains(t[first - 1].Lower) && first > i - 2)
            {
                first--;
            }

            var place = PlaceAfter(context, places, i + 1);
            var capital = t[i].IsCapitalized && !context.StartsSentence(i);
            var complement = i + 1 < t.Count && t[i + 1].IsWord && !t[i + 1].IsCapitalized && WordShapes.LooksGenitive(t[i + 1].Lower)
                             && !PhraseInflection.LooksLikeAdjective(t[i + 1].Lower);
            string? name = null;
            // plural-only nouns («переговоры») need an adjective or a capital to be one particular event
            if (first < i || capital || (gender != 'p' && (place is not null || complement)))
            {
                var words = new List<string>();
                for (var a = first; a < i; a++)
                {
                    words.Add(PhraseInflection.ToNominative(t[a].Lower, gender));
                }

                words.Add(PhraseInflection.MatchCase(lemma, capital || first < i && t[first].IsCapitalized && !context.StartsSentence(first) ? t[i].Text : t[i].Lower));
                name = string.Join(' ', words);
            }

            found.Add((first, i + 1, lemma, name, place));
        }

        Emit(context, scratch);
    }

    /// <summary>
    /// One event per distinct name of a noun: «двусторонний диалог», «региональный диалог» and «открытый
    /// диалог» are three events; a bare mention («диалога») joins the event named last before it (the first
    /// one when none is). Names compare without regard to case; the key is the name's, within the article.
    /// </summary>
    private static void Emit(MentionContext c, Scratch scratch)
    {
        var found = scratch.Found;
        // the nouns in the order first found, each with its mentions in order
        var byLemma = new Dictionary<string, List<(int First, int Last, string Lemma, string? Name, string? Place)>>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            if (!byLemma.TryGetValue(f.Lemma, out var list))
            {
                byLemma[f.Lemma] = list = [];
            }

            list.Add(f);
        }

        var named = scratch.Named;
        var heads = scratch.Heads;
        foreach (var items in byLemma.Values)
        {
            named.Clear();
            foreach (var g in items)
            {
                if (g.Name is not null)
                {
                    named.Add(g);
                }
            }

            if (named.Count == 0)
            {
                continue;
            }

            // each name's first mention and key, made once a name
            heads.Clear();
            string? current = null;
            foreach (var g in items)
            {
                var name = g.Name is null ? null : TextCase.ToLower(g.Name);
                // a name that is just the noun («Встреча» capitalised) is no new event when one is under way
                if (name is null || (name == g.Lemma && current is not null))
                {
                    name = current ?? TextCase.ToLower(named[0].Name!);
                }

                if (!heads.TryGetValue(name, out var known))
                {
                    known = (g.Name is not null && g.Name.Equals(name, StringComparison.OrdinalIgnoreCase) ? g : FirstNamed(named, name), KeyOf(name, c.ArticleTag));
                    heads[name] = known;
                }

                var (head, key) = known;
                current = name;
                var m = c.Add(new Mention { First = g.First, Last = g.Last, Label = GraphLabels.Event, Name = head.Name, Key = key });
                if (g == head)
                {
                    m.Properties["kind"] = head.Lemma;
                    if (DateFinder.FirstIn(c, c.Tokens[head.First].Sentence) is { } date)
                    {
                        m.Properties["date"] = date;
                    }

                    if ((head.Place ?? PlaceOfSameName(items, head.Name)) is { } place)
                    {
                        m.Properties["place"] = place;
                    }
                }
            }
        }
    }

    /// <summary>The key of the event named <paramref name="name"/> (lower case) in the article tagged <paramref name="articleTag"/>.</summary>
    internal static string KeyOf(string name, string articleTag) => "event:" + EntityKeys.Slug(name) + "-" + articleTag;

    /// <summary>The first of <paramref name="named"/> with the name <paramref name="name"/> (ignoring case); there is one.</summary>
    private static (int First, int Last, string Lemma, string? Name, string? Place) FirstNamed(
        List<(int First, int Last, string Lemma, string? Name, string? Place)> named, string name)
    {
        foreach (var n in named)
        {
            if (n.Name!.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return n;
            }
        }

        throw new InvalidOperationException($"No event named «{name}».");
    }

    /// <summary>The place of the first mention with the name <paramref name="name"/> (ignoring case) that has one, or null.</summary>
    private static string? PlaceOfSameName(List<(int First, int Last, string Lemma, string? Name, string? Place)> items, string? name)
    {
        foreach (var n in items)
        {
            if (n.Name?.Equals(name, StringComparison.OrdinalIgnoreCase) == true && n.Place is not null)
            {
                return n.Place;
            }
        }

        return null;
    }

    private static string? PlaceAfter(MentionContext c, Dictionary<int, Mention> places, int k)
    {
        var t = c.Tokens;
        if (k + 1 >= t.Count || t[k].Lower is not ("в" or "во") || !c.SameSentence(k, k + 1))
        {
            return null;
        }

        return places.TryGetValue(k + 1, out var m) ? m.Name : null;
    }
}
