using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Feeds;

/// <summary>Every log event of feed following, declared once.</summary>
internal static partial class Log
{
    [LoggerMessage(101, LogLevel.Information, "Feed {Feed}: {Summary}")]
    public static partial void Polled(ILogger logger, string feed, string summary);

    [LoggerMessage(102, LogLevel.Warning, "Feed {Feed} failed ({Failures} in a row): {Reason}; next poll at {NextPoll:u}")]
    public static partial void FeedFailed(ILogger logger, string feed, int failures, string reason, DateTimeOffset nextPoll);

    [LoggerMessage(103, LogLevel.Error, "Feed {Feed} keeps failing ({Failures} in a row): {Reason}; backed off until {NextPoll:u}")]
    public static partial void FeedKeepsFailing(ILogger logger, string feed, int failures, string reason, DateTimeOffset nextPoll);

    [LoggerMessage(104, LogLevel.Warning, "Item {Url} of {Feed}: {Reason}")]
    public static partial void ItemFailed(ILogger logger, string feed, string url, string reason);

    [LoggerMessage(105, LogLevel.Debug, "Item {Url} of {Feed} left for the next poll: {Reason}")]
    public static partial void ItemDeferred(ILogger logger, string feed, string url, string reason);
}
