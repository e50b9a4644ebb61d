namespace KnowledgeGraph.Feeds.Pages;

/// <summary>A page was fetched but holds no article we can read (no text, a selector that matches nothing).</summary>
public sealed class PageException(string reason) : Exception(reason);
