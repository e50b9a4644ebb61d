namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// The keys of several trigger indexes at once: for a word, which of them have a key it starts with (one bit each).
/// A sentence's words are looked up here once, and each rule's index then skips the words whose bit is clear: those
/// it would have looked up in vain. At most 31 indexes; an index not among them is never skipped.
/// </summary>
internal sealed class TriggerKeys
{
    private readonly TriggerIndex[] _indexes;
    private readonly Dictionary<string, int> _masks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _keyLengths;

    public TriggerKeys(params TriggerIndex[] indexes)
    {
        if (indexes.Length > 31)
        {
            throw new ArgumentException("At most 31 trigger indexes share one set of keys.", nameof(indexes));
        }

        _indexes = indexes;
        _bySpan = _masks.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < indexes.Length; i++)
        {
            foreach (var key in indexes[i].Keys)
            {
                _masks[key] = _masks.GetValueOrDefault(key) | (1 << i);
                _keyLengths |= 1 << key.Length;
            }
        }
    }

    /// <summary>The bit of <paramref name="index"/>, or 0 when it is not among these indexes.</summary>
    public int BitOf(TriggerIndex index)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            if (ReferenceEquals(_indexes[i], index))
            {
                return 1 << i;
            }
        }

        return 0;
    }

    /// <summary>The bits of the indexes with a key that <paramref name="word"/> starts with (as <see cref="TriggerIndex.Longest(List{Token}, int)"/> looks keys up).</summary>
    public int MaskOf(string word)
    {
        var mask = 0;
        for (var len = Math.Min(TriggerIndex.KeyLength, word.Length); len >= 1; len--)
        {
            if ((_keyLengths & (1 << len)) != 0 && _bySpan.TryGetValue(word.AsSpan(0, len), out var m))
            {
                mask |= m;
            }
        }

        return mask;
    }
}
