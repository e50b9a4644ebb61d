namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Strings counted in the order they are first seen, for the choices «the one most mentions show, the first on a
/// tie» that grouping, ordering and taking the first would make, without an allocation per step.
/// </summary>
internal sealed class Tally
{
    private readonly List<(string Key, int Count)> _counts = [];

    public int Count => _counts.Count;

    public void Add(string key)
    {
        var k = IndexOf(key);
        if (k < 0)
        {
            _counts.Add((key, 1));
        }
        else
        {
            _counts[k] = (key, _counts[k].Count + 1);
        }
    }

    public bool Contains(string key) => IndexOf(key) >= 0;

    /// <summary>Forgets every count (the tally is used again).</summary>
    public void Clear() => _counts.Clear();

    /// <summary>The key counted most often, the first seen on a tie; null when nothing was counted.</summary>
    public string? Most()
    {
        var most = -1;
        for (var k = 0; k < _counts.Count; k++)
        {
            if (most < 0 || _counts[k].Count > _counts[most].Count)
            {
                most = k;
            }
        }

        return most < 0 ? null : _counts[most].Key;
    }

    private int IndexOf(string key)
    {
        for (var k = 0; k < _counts.Count; k++)
        {
            if (string.Equals(_counts[k].Key, key, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }
}
