using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Neo4j;

/// <summary>Every log event of the Neo4j sink, declared once. Never the password.</summary>
internal static partial class Log
{
    [LoggerMessage(101, LogLevel.Information, "Sent {ArticleKey} to Neo4j")]
    public static partial void Sent(ILogger logger, string articleKey);

    [LoggerMessage(102, LogLevel.Warning, "Could not send {ArticleKey} to Neo4j: {Reason}")]
    public static partial void SendFailed(ILogger logger, string articleKey, string reason);

    [LoggerMessage(103, LogLevel.Warning, "Could not send {ArticleCount} articles to Neo4j (the first {ArticleKey}): {Reason}")]
    public static partial void BatchFailed(ILogger logger, int articleCount, string articleKey, string reason);
}
