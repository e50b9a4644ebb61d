namespace KnowledgeGraph.Extraction;

/// <summary>The lists and tables a stage works in for one article, which <see cref="WorkingTables{T}"/> keeps per thread.</summary>
internal interface IWorkingTables
{
    /// <summary>Empties every list and table (their capacity stays), so that no article's objects stay reachable from them.</summary>
    void Clear();
}

/// <summary>
/// One set of a stage's working tables per thread, used again article after article instead of made anew for each (made
/// per article they were a good part of the extraction's garbage): <see cref="Take"/> gives this thread's set, empty, and
/// disposing the lease empties it again once the article is done, whether it succeeded or threw.
/// </summary>
internal static class WorkingTables<T>
    where T : class, IWorkingTables, new()
{
    [ThreadStatic]
    private static T? _current;

    public static Lease Take() => new(_current ??= new T());

    /// <summary>This thread's tables for the article under way (a struct: taking them allocates nothing).</summary>
    public readonly struct Lease(T tables) : IDisposable
    {
        public T Tables { get; } = tables;

        public void Dispose() => Tables.Clear();
    }
}
