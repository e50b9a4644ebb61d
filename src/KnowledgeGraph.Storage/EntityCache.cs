namespace KnowledgeGraph.Storage;

/// <summary>
/// What the writer knows of entities already in the store: their properties as stored and the
/// aliases it has written for them, so an entity met again (a country, a ministry, a person of
/// many articles) costs no read and no alias insert. Correct only while the store holds what it
/// recorded, so it forgets: everything when a group is rolled back (also when a failing article rolls its group
/// back before the others are written again), when another connection has written to the store since
/// (<c>PRAGMA data_version</c>, checked as each group begins), and the entities not met again for a while
/// when it reaches its size limit.
/// </summary>
internal sealed class EntityCache(int limit)
{
    // Two generations: entities recorded or met since the last turn, and those of the generation before. When the
    // newer one holds half the limit, it becomes the older one and the older one is dropped; an entity of the older
    // generation met again moves to the newer one. So the entities met often stay (a clear of everything at the
    // limit made every one of them a read and alias inserts again), and at most the limit is held.
    private Dictionary<string, Known> _known = new(StringComparer.Ordinal);
    private Dictionary<string, Known> _older = new(StringComparer.Ordinal);
    private long _dataVersion = -1;

    public int Count => _known.Count + _older.Count;

    /// <summary>An entity as stored: its properties (null when none) and the names known to be among its aliases.</summary>
    internal sealed class Known(SortedDictionary<string, object>? properties)
    {
        public SortedDictionary<string, object>? Properties { get; set; } = properties;

        public List<string> Aliases { get; } = [];
    }

    /// <summary>As a group begins: forgets everything when another connection has changed the store since the last group.</summary>
    public void GroupBegins(long dataVersion)
    {
        if (dataVersion != _dataVersion)
        {
            Clear();
            _dataVersion = dataVersion;
        }
    }

    /// <summary>The entity, if known.</summary>
    public bool TryGet(string key, out Known known)
    {
        if (_known.TryGetValue(key, out known!))
        {
            return true;
        }

        if (!_older.Remove(key, out known!))
        {
            return false;
        }

        Add(key, known);
        return true;
    }

    /// <summary>Records <paramref name="known"/> as written or read by the open group.</summary>
    public Known Remember(string key, Known known)
    {
        _older.Remove(key);
        Add(key, known);
        return known;
    }

    /// <summary>Forgets everything (a group rolled back).</summary>
    public void Clear()
    {
        _known.Clear();
        _older.Clear();
        _dataVersion = -1;
    }

    private void Add(string key, Known known)
    {
        if (limit == 0)
        {
            return;
        }

        if (_known.Count >= Math.Max(1, limit / 2) && !_known.ContainsKey(key))
        {
            // The newer generation is full: it becomes the older one, and the older one is dropped.
            (_older, _known) = (_known, _older);
            _known.Clear();
        }

        _known[key] = known;
    }
}
