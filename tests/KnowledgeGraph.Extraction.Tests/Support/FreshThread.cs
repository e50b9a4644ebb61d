namespace KnowledgeGraph.Extraction.Tests.Support;

/// <summary>Work run on a new thread, whose per-thread tables ([ThreadStatic] scratch) are new and empty: the plain path of code that reuses them.</summary>
public static class FreshThread
{
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
