namespace KnowledgeGraph.Bolt;

/// <summary>One row of a result: values by key or by index.</summary>
public sealed class Record
{
    private readonly RecordKeys _keys;
    private readonly IReadOnlyList<object?> _values;

    internal Record(RecordKeys keys, IReadOnlyList<object?> values)
    {
        if (values.Count != keys.Names.Count)
        {
            throw new BoltProtocolException($"A record has {values.Count} values but the result has {keys.Names.Count} fields.");
        }

        _keys = keys;
        _values = values;
    }

    public IReadOnlyList<string> Keys => _keys.Names;

    public IReadOnlyList<object?> Values => _values;

    public object? this[int index] => _values[index];

    public object? this[string key] => _keys.TryIndexOf(key, out var index)
        ? _values[index]
        : throw new KeyNotFoundException($"The record has no field '{key}'. Fields: {string.Join(", ", _keys.Names)}.");

    public bool ContainsKey(string key) => _keys.TryIndexOf(key, out _);

    /// <summary>The value as <typeparamref name="T"/>; integers convert between widths, and null gives default.</summary>
    public T Get<T>(string key) => ValueConverter.Convert<T>(this[key], key);

    public T Get<T>(int index) => ValueConverter.Convert<T>(_values[index], index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var map = new Dictionary<string, object?>(_values.Count);
        for (var i = 0; i < _values.Count; i++)
        {
            map[_keys.Names[i]] = _values[i];
        }

        return map;
    }

    public override string ToString() => $"Record({string.Join(", ", _keys.Names)})";
}

/// <summary>The field names of a result, shared by all its records.</summary>
internal sealed class RecordKeys
{
    private readonly Dictionary<string, int> _index;

    public RecordKeys(IReadOnlyList<string> names)
    {
        Names = names;
        _index = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            _index.TryAdd(names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public bool TryIndexOf(string key, out int index) => _index.TryGetValue(key, out index);
}
