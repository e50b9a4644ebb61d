using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// The document's entities by folded name and alias (sorted, so a name or a name prefix is found
/// by binary search) and by key, built once per document when first asked. The rules ask per
/// title or per place; a scan of every entity per question made long articles quadratic. Answers
/// come in document order, as a scan would give them.
/// </summary>
internal sealed class EntityIndex
{
    private readonly List<Entity> _entities;
    private readonly (string Folded, int Order)[] _names;
    private readonly Dictionary<string, Entity> _byKey;

    public EntityIndex(List<Entity> entities)
    {
        _entities = entities;
        var count = entities.Count;
        foreach (var e in entities)
        {
            count += e.Aliases.Count;
        }

        // made at their final size and sorted in place (no list copied out)
        _names = new (string, int)[count];
        _byKey = new Dictionary<string, Entity>(entities.Count, StringComparer.Ordinal);
        var n = 0;
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            _byKey.TryAdd(e.Key, e);
            _names[n++] = (Names.Fold(e.Name), i);
            foreach (var alias in e.Aliases)
            {
                _names[n++] = (Names.Fold(alias), i); // a loop, not a Select: its closure over i was made for every entity
            }
        }

        Array.Sort(_names, ByNameThenOrder);
    }

    private static readonly Comparison<(string Folded, int Order)> ByNameThenOrder =
        (a, b) => string.CompareOrdinal(a.Folded, b.Folded) is var c && c != 0 ? c : a.Order.CompareTo(b.Order);

    /// <summary>The first entity of <paramref name="label"/> whose name or alias folds to <paramref name="name"/>.</summary>
    public Entity? Find(string name, string label)
    {
        // the first in document order: the least position among the names equal to it (no set, no query)
        var folded = Names.Fold(name);
        var first = int.MaxValue;
        for (var i = LowerBound(folded); i < _names.Length; i++)
        {
            LookupMeter.Add();
            var (n, order) = _names[i];
            if (!string.Equals(n, folded, StringComparison.Ordinal))
            {
                break;
            }

            if (order < first && _entities[order].Label == label)
            {
                first = order;
            }
        }

        return first == int.MaxValue ? null : _entities[first];
    }

    // positions of the names a prefix matched, reused from question to question
    private readonly List<int> _orders = [];

    /// <summary>
    /// The first entity of <paramref name="label"/> in document order whose name or alias starts with <paramref name="prefix"/>
    /// and that <paramref name="accept"/> takes (with <paramref name="argument"/>), or null: the positions gathered in a reused
    /// list and sorted, no set, no query, no closure.
    /// </summary>
    public Entity? FirstWithPrefix<T>(string prefix, string label, Func<Entity, T, bool> accept, T argument)
    {
        var folded = Names.Fold(prefix);
        _orders.Clear();
        for (var i = LowerBound(folded); i < _names.Length; i++)
        {
            LookupMeter.Add();
            var (name, order) = _names[i];
            if (!name.StartsWith(folded, StringComparison.Ordinal))
            {
                break;
            }

            _orders.Add(order);
        }

        _orders.Sort();
        for (var i = 0; i < _orders.Count; i++)
        {
            var e = _entities[_orders[i]];
            if ((i == 0 || _orders[i] != _orders[i - 1]) && e.Label == label && accept(e, argument))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The entity with <paramref name="key"/>: from the index, else (an entity added since) from the document.</summary>
    public Entity? ByKey(string key) => _byKey.GetValueOrDefault(key) ?? _entities.Find(e => e.Key == key);

    private int LowerBound(string folded)
    {
        int lo = 0, hi = _names.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (string.CompareOrdinal(_names[mid].Folded, folded) < 0)
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
