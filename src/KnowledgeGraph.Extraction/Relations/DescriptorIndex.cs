using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// The organisations' mentions that begin with a lower-case descriptor («партии «Рассвет»», «концерна Nordhaus»),
/// filed by the stems a case form of their first word may share, so that «глава партии …» finds the body last
/// introduced with that noun by a binary search instead of a pass over every mention of the document.
/// Built once per document, after the entity stages; the relation stage adds no organisations.
/// </summary>
internal sealed class DescriptorIndex
{
    private readonly Dictionary<string, List<Entry>> _byStem = new(StringComparer.Ordinal);

    private readonly record struct Entry(int Start, int Order, Entity Entity);

    public DescriptorIndex(IEnumerable<Entity> entities)
    {
        var order = 0;
        foreach (var e in entities)
        {
            if (e.Label != GraphLabels.Organization)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                order++;
                if (m.Text.Length == 0 || !char.IsLower(m.Text[0]))
                {
                    continue;
                }

                foreach (var stem in Stems(FirstWord(m.Text)))
                {
                    LookupMeter.Add();
                    if (!_byStem.TryGetValue(stem, out var list))
                    {
                        _byStem[stem] = list = [];
                    }

                    list.Add(new Entry(m.Start, order, e));
                }
            }
        }

        foreach (var list in _byStem.Values)
        {
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        }
    }

    /// <summary>
    /// The organisation of the latest such mention starting before <paramref name="before"/> whose first word is a
    /// case form of <paramref name="word"/> (folded); of two at the same place, the first in the document's order.
    /// </summary>
    public Entity? LatestBefore(string word, int before)
    {
        Entry? best = null;
        foreach (var stem in Stems(word))
        {
            LookupMeter.Add();
            if (!_byStem.TryGetValue(stem, out var list))
            {
                continue;
            }

            var at = LastStartingBefore(list, before);
            if (at < 0)
            {
                continue;
            }

            while (at > 0 && list[at - 1].Start == list[at].Start)
            {
                at--;
            }

            var e = list[at];
            if (best is not { } b || e.Start > b.Start || (e.Start == b.Start && e.Order < b.Order))
            {
                best = e;
            }
        }

        return best?.Entity;
    }

    private static int LastStartingBefore(List<Entry> list, int before)
    {
        int lo = 0, hi = list.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (list[mid].Start < before)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// Two case forms of one noun differ only in an ending of up to two letters after a common part of at least
    /// four («партии», «партия»; «концерна», «концерн»). That holds exactly when both words have one prefix among
    /// their stems: a prefix at least four letters long that leaves at most two letters of the word.
    /// </summary>
    private static IEnumerable<string> Stems(string word)
    {
        for (var length = Math.Max(4, word.Length - 2); length <= word.Length; length++)
        {
            yield return word[..length];
        }
    }

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return Tokenizer.Fold(space < 0 ? text : text[..space]);
    }
}
