namespace KnowledgeGraph.Feeds;

/// <summary>One poll of one feed: new items taken, what became of them, or why the feed itself failed.</summary>
public sealed record FeedPollResult(string Feed, bool NotModified = false, int NewItems = 0, int Stored = 0, int AlreadyStored = 0, int Failed = 0, int Deferred = 0, string? Error = null)
{
    public override string ToString() => Error is not null
        ? $"{Feed}: failed: {Error}"
        : NotModified
            ? $"{Feed}: not modified"
            : $"{Feed}: {NewItems} new items: {Stored} stored, {AlreadyStored} already stored, {Failed} failed, {Deferred} left for the next poll";
}
