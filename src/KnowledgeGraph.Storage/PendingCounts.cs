using System.Runtime.InteropServices;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The mentions the articles of the open group add to entities already in the store, written once per entity
/// as the group commits (in key order) instead of one update of the entity's row per article: a country named
/// in 300 articles of a group costs one update, not 300. What the articles under the open savepoint added is
/// held apart until they are kept, so that rolling them back drops it too.
/// </summary>
internal sealed class PendingCounts
{
    private readonly Dictionary<string, long> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _open = new(StringComparer.Ordinal);

    /// <summary>Entities with mentions waiting to be written.</summary>
    public int Count => _kept.Count + _open.Count;

    /// <summary>The open article adds <paramref name="mentions"/> to the entity <paramref name="key"/>.</summary>
    public void Add(string key, long mentions)
    {
        if (mentions != 0)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_open, key, out _) += mentions;
        }
    }

    /// <summary>The articles under the open savepoint are kept: what they added stands.</summary>
    public void Kept()
    {
        foreach (var (key, mentions) in _open)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_kept, key, out _) += mentions;
        }

        _open.Clear();
    }

    /// <summary>The articles under the open savepoint were rolled back: what they added is dropped.</summary>
    public void RolledBack() => _open.Clear();

    /// <summary>What the kept articles added, in key order (neighbouring rows of the entities' index together), and forgets it.</summary>
    public List<KeyValuePair<string, long>> Take()
    {
        var all = _kept.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        _kept.Clear();
        return all;
    }

    /// <summary>Forgets everything (the group was rolled back).</summary>
    public void Clear()
    {
        _kept.Clear();
        _open.Clear();
    }
}
