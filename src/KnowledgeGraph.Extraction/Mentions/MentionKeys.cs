using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// <see cref="EntityKeys.For"/> remembered per label and name for the process: the same places, bodies and persons are
/// named in article after article, and a key is a slug worked out letter by letter. Shared by every thread (a key is
/// the same whoever makes it); past <see cref="Limit"/> names it starts afresh, so memory stays small whatever the corpus.
/// </summary>
public static class MentionKeys
{
    public const int Limit = 50_000;

    private static readonly BoundedCache<(string Label, string Name), string> Keys = new(Limit);

    /// <summary>The same key as <see cref="EntityKeys.For"/> (an unknown label throws as it does).</summary>
    public static string For(string label, string canonicalName)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(canonicalName);
        return Keys.TryGetValue((label, canonicalName), out var known)
            ? known
            : Keys.Keep((label, canonicalName), EntityKeys.For(label, canonicalName));
    }
}
