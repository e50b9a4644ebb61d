namespace KnowledgeGraph.Feeds.Http;

/// <summary>
/// A feed or page could not be had: the address and a one-line reason. Transient failures
/// (5xx, timeouts, lost connections) are worth another try later; the others are final for that address.
/// </summary>
public sealed class FetchException(Uri uri, string reason, bool transient, Exception? inner = null)
    : Exception($"{uri}: {reason}", inner)
{
    public Uri Uri { get; } = uri;

    public string Reason { get; } = reason;

    public bool Transient { get; } = transient;
}
