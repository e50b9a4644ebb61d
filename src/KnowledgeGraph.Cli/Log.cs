using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Cli;

/// <summary>Every log event of the host, declared once. No article text or secrets at Information.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Stored {Path} as {ArticleKey}: {EntityCount} new entities, {RelationshipCount} new relationships")]
    public static partial void ArticleStored(ILogger logger, string path, string articleKey, int entityCount, int relationshipCount);

    [LoggerMessage(2, LogLevel.Information, "Skipped {Path}: already stored as {ArticleKey}")]
    public static partial void ArticleAlreadyStored(ILogger logger, string path, string articleKey);

    [LoggerMessage(3, LogLevel.Error, "Failed {Path}: {Reason}")]
    public static partial void ArticleFailed(ILogger logger, string path, string reason);

    [LoggerMessage(4, LogLevel.Information, "Watching inbox {Inbox} (store {StorePath})")]
    public static partial void WatchingInbox(ILogger logger, string inbox, string storePath);

    [LoggerMessage(5, LogLevel.Information, "Inbox watcher stopped")]
    public static partial void InboxStopped(ILogger logger);

    [LoggerMessage(6, LogLevel.Warning, "Could not move {Path} out of the inbox: {Reason}")]
    public static partial void MoveFailed(ILogger logger, string path, string reason);

    [LoggerMessage(7, LogLevel.Error, "Inbox scan failed: {Reason}")]
    public static partial void ScanFailed(ILogger logger, string reason);

    [LoggerMessage(8, LogLevel.Information, "Sending the backlog to Neo4j at {Target}")]
    public static partial void SyncStarted(ILogger logger, string target);

    [LoggerMessage(9, LogLevel.Information, "Neo4j sync: {Sent} sent, {Failed} failed, {Remaining} waiting")]
    public static partial void SyncPass(ILogger logger, int sent, int failed, int remaining);

    [LoggerMessage(10, LogLevel.Debug, "Bolt: {Message}")]
    public static partial void BoltDiagnostic(ILogger logger, string message);

    [LoggerMessage(11, LogLevel.Critical, "{Service} failed and stops kg: {Reason}")]
    public static partial void ServiceFailed(ILogger logger, string service, string reason);

    [LoggerMessage(12, LogLevel.Error, "Neo4j sync pass failed ({Kind}): {Reason}; the backlog is kept and tried again")]
    public static partial void SyncFailed(ILogger logger, string kind, string reason);

    [LoggerMessage(13, LogLevel.Information, "Following feed {Feed} at {Url} every {PollSeconds} s")]
    public static partial void FollowingFeed(ILogger logger, string feed, string url, double pollSeconds);

    [LoggerMessage(14, LogLevel.Information, "Feed watcher stopped")]
    public static partial void FeedsStopped(ILogger logger);

    [LoggerMessage(15, LogLevel.Error, "Feed {Feed}: poll failed ({Kind}): {Reason}; tried again after its poll interval")]
    public static partial void FeedPollFailed(ILogger logger, string feed, string kind, string reason);
}
