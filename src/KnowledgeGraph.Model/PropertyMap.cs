using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Model;

/// <summary>
/// The properties of an entity or relationship: keys in ordinal order (as a <c>SortedDictionary</c> with
/// <see cref="StringComparer.Ordinal"/> keeps them, so JSON and rows come out the same), values strings, numbers or
/// booleans. Kept as one sorted array of pairs: a graph's properties are a handful per node or edge, so a look along
/// the array beats a tree, and a map costs two objects instead of a tree's five or more. Enumerated by a struct.
/// </summary>
public sealed class PropertyMap : IDictionary<string, object>, IReadOnlyDictionary<string, object>
{
    private KeyValuePair<string, object>[] _items = [];
    private int _count;
    private int _version;

    public int Count => _count;

    public bool IsReadOnly => false;

    public ICollection<string> Keys => [.. this.Select(p => p.Key)];

    public ICollection<object> Values => [.. this.Select(p => p.Value)];

    IEnumerable<string> IReadOnlyDictionary<string, object>.Keys => Keys;

    IEnumerable<object> IReadOnlyDictionary<string, object>.Values => Values;

    public object this[string key]
    {
        get => IndexOf(key, out var at) ? _items[at].Value : throw new KeyNotFoundException($"The property '{key}' is not set.");
        set => Set(key, value, replace: true);
    }

    public void Add(string key, object value)
    {
        if (!Set(key, value, replace: false))
        {
            throw new ArgumentException($"The property '{key}' is set already.", nameof(key));
        }
    }

    void ICollection<KeyValuePair<string, object>>.Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

    /// <summary>Sets <paramref name="key"/> unless it is set; false when it was.</summary>
    public bool TryAdd(string key, object value) => Set(key, value, replace: false);

    public bool ContainsKey(string key) => IndexOf(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        if (IndexOf(key, out var at))
        {
            value = _items[at].Value;
            return true;
        }

        value = null;
        return false;
    }

    public bool Remove(string key)
    {
        if (!IndexOf(key, out var at))
        {
            return false;
        }

        _count--;
        Array.Copy(_items, at + 1, _items, at, _count - at);
        _items[_count] = default;
        _version++;
        return true;
    }

    bool ICollection<KeyValuePair<string, object>>.Remove(KeyValuePair<string, object> item) =>
        ((ICollection<KeyValuePair<string, object>>)this).Contains(item) && Remove(item.Key);

    bool ICollection<KeyValuePair<string, object>>.Contains(KeyValuePair<string, object> item) =>
        IndexOf(item.Key, out var at) && EqualityComparer<object>.Default.Equals(_items[at].Value, item.Value);

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        _version++;
    }

    public void CopyTo(KeyValuePair<string, object>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        Array.Copy(_items, 0, array, arrayIndex, _count);
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Where <paramref name="key"/> is (true), or where it would go to keep the order (false).</summary>
    private bool IndexOf(string key, out int at)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (at = 0; at < _count; at++)
        {
            var order = string.CompareOrdinal(_items[at].Key, key);
            if (order >= 0)
            {
                return order == 0;
            }
        }

        return false;
    }

    private bool Set(string key, object value, bool replace)
    {
        if (IndexOf(key, out var at))
        {
            if (replace)
            {
                _items[at] = new(key, value);
                _version++;
            }

            return replace;
        }

        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(2, _count * 2));
        }

        Array.Copy(_items, at, _items, at + 1, _count - at);
        _items[at] = new(key, value);
        _count++;
        _version++;
        return true;
    }

    /// <summary>The pairs in key order; a change to the map during the walk ends it with <see cref="InvalidOperationException"/>.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, object>>
    {
        private readonly PropertyMap _map;
        private readonly int _version;
        private int _next;

        internal Enumerator(PropertyMap map)
        {
            _map = map;
            _version = map._version;
            Current = default;
        }

        public KeyValuePair<string, object> Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_version != _map._version)
            {
                throw new InvalidOperationException("The properties changed while they were enumerated.");
            }

            if (_next >= _map._count)
            {
                return false;
            }

            Current = _map._items[_next++];
            return true;
        }

        public void Reset()
        {
            _next = 0;
            Current = default;
        }

        public readonly void Dispose()
        {
        }
    }
}
