namespace KnowledgeGraph.Morphology;

/// <summary>
/// Keys (words encoded one byte a letter, sorted) each with a list of small numbers:
/// the stems with their paradigms, the guesser's endings with their (count, paradigm, form) triples.
/// </summary>
internal sealed class KeyedLists
{
    private readonly byte[] _keys;
    private readonly int[] _keyOffsets;
    private readonly int[] _valueOffsets;
    private readonly ushort[] _values;
    private readonly int _width;

    private KeyedLists(byte[] keys, int[] keyOffsets, int[] valueOffsets, ushort[] values, int width)
    {
        _keys = keys;
        _keyOffsets = keyOffsets;
        _valueOffsets = valueOffsets;
        _values = values;
        _width = width;
    }

    public int Count => _keyOffsets.Length - 1;

    /// <summary>Reads one section: count, key blob, key offsets, value offsets (in entries of <paramref name="width"/> numbers), values.</summary>
    public static KeyedLists Read(ref BinaryCursor cursor, int width)
    {
        var count = cursor.Int32();
        var keys = cursor.Bytes(cursor.Int32()).ToArray();
        var keyOffsets = cursor.Int32s(count + 1);
        var valueOffsets = cursor.Int32s(count + 1);
        var values = cursor.UInt16s(valueOffsets[count] * width);
        if (keyOffsets[count] != keys.Length)
        {
            throw new InvalidDataException("The morphology dictionary's key table is inconsistent.");
        }

        return new KeyedLists(keys, keyOffsets, valueOffsets, values, width);
    }

    /// <summary>The list stored for <paramref name="key"/>, empty when the key is absent.</summary>
    public ReadOnlySpan<ushort> Find(ReadOnlySpan<byte> key)
    {
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var order = _keys.AsSpan(_keyOffsets[mid], _keyOffsets[mid + 1] - _keyOffsets[mid]).SequenceCompareTo(key);
            if (order == 0)
            {
                var start = _valueOffsets[mid] * _width;
                return _values.AsSpan(start, (_valueOffsets[mid + 1] * _width) - start);
            }

            if (order < 0) { lo = mid + 1; } else { hi = mid - 1; }
        }

        return [];
    }
}
