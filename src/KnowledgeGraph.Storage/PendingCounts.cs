using System.Runtime.InteropServices;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The mentions the articles of the open group add to entities already in the store, written once per entity
/// as the group commits (in key order) instead of one update of the entity's row per article: a country named
/// in 300 articles of a group costs one update, not 300. A rollback of the group forgets them.
/// </summary>
internal sealed class PendingCounts
{
    private readonly Dictionary<string, long> _added = new(StringComparer.Ordinal);

    /// <summary>Entities with mentions waiting to be written.</summary>
    public int Count => _added.Count;

    /// <summary>The article being written adds <paramref name="mentions"/> to the entity <paramref name="key"/>.</summary>
    public void Add(string key, long mentions)
    {
        if (mentions != 0)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_added, key, out _) += mentions;
        }
    }

    /// <summary>What the group's articles added, in key order (neighbouring rows of the entities' index together), and forgets it.</summary>
    public List<KeyValuePair<string, long>> Take()
    {
        var all = _added.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        _added.Clear();
        return all;
    }

    /// <summary>Forgets everything (the group was rolled back).</summary>
    public void Clear() => _added.Clear();
}
