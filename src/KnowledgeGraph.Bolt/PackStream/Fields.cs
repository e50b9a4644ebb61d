namespace KnowledgeGraph.Bolt.PackStream;

/// <summary>Typed access to the fields of a structure, with clear errors when a field has the wrong type.</summary>
internal readonly struct Fields
{
    private static readonly Dictionary<string, object?> EmptyMap = [];
    private readonly object?[] _values;

    public Fields(byte tag, object?[] values)
    {
        Tag = tag;
        _values = values;
    }

    public byte Tag { get; }

    public int Count => _values.Length;

    public void Expect(int min, int max)
    {
        if (_values.Length < min || _values.Length > max)
        {
            throw new PackStreamException($"Structure 0x{Tag:X2} has {_values.Length} fields; expected {(min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min} to {max}")}.");
        }
    }

    public long Long(int index) => _values[index] is long v ? v : throw Wrong(index, "integer");

    public double Double(int index) => _values[index] is double v ? v : throw Wrong(index, "float");

    public string String(int index) => _values[index] is string v ? v : throw Wrong(index, "string");

    public IReadOnlyDictionary<string, object?> Map(int index) => _values[index] switch
    {
        Dictionary<string, object?> v => v,
        null => EmptyMap,
        _ => throw Wrong(index, "dictionary"),
    };

    public List<T> List<T>(int index)
    {
        if (_values[index] is not List<object?> items)
        {
            throw Wrong(index, "list");
        }

        var result = new List<T>(items.Count);
        foreach (var item in items)
        {
            result.Add(item is T typed ? typed : throw Wrong(index, $"list of {typeof(T).Name}"));
        }

        return result;
    }

    private PackStreamException Wrong(int index, string expected) =>
        new($"Field {index} of structure 0x{Tag:X2} should be a {expected} but is {_values[index]?.GetType().Name ?? "null"}.");
}
