namespace KnowledgeGraph.Feeds.Options;

/// <summary>One followed feed: <c>Feeds:N:Url</c>, <c>Feeds:N:Name</c>, <c>Feeds:N:PollSeconds</c>, <c>Feeds:N:Selector</c>.</summary>
public sealed class FeedOptions
{
    /// <summary>The feed's address (RSS 2.0, Atom 1.0 or JSON Feed), http or https.</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>A name for people (status, logs); the feed's host when empty.</summary>
    public string? Name { get; set; }

    /// <summary>How often the feed is asked for news, in seconds.</summary>
    public double PollSeconds { get; set; } = 300;

    /// <summary>A CSS selector for the article body on this site's pages; empty: the main text is found by SmartReader.</summary>
    public string? Selector { get; set; }

    public Uri Uri => new(Url, UriKind.Absolute);

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Uri.Host : Name.Trim();
}

/// <summary>The list of followed feeds: the configuration section <c>Feeds</c> is an array.</summary>
public sealed class FeedsOptions
{
    public const string Section = "Feeds";

    public List<FeedOptions> Items { get; } = [];
}
