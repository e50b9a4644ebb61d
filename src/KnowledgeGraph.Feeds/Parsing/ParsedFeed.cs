namespace KnowledgeGraph.Feeds.Parsing;

/// <summary>One item of a feed: its identity (guid, else link), link, title and publication date (ISO 8601 with offset).</summary>
public sealed record FeedItem(string Id, string? Guid, Uri? Link, string? Title, string? Published);

/// <summary>A feed as read: its title and items, oldest first as far as dates tell.</summary>
public sealed record ParsedFeed(string Format, string? Title, IReadOnlyList<FeedItem> Items);

/// <summary>The feed's body is not RSS 2.0, Atom 1.0 or JSON Feed: a one-line reason.</summary>
public sealed class FeedFormatException(string reason, Exception? inner = null) : Exception(reason, inner);
