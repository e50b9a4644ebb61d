using System.Net;

namespace KnowledgeGraph.Feeds.Http;

/// <summary>A request for a feed or page; the validators make it a conditional GET.</summary>
public sealed record FetchRequest(Uri Uri, string? ETag = null, string? LastModified = null);

/// <summary>The answer: the address after redirects, the body (empty on 304), its charset and the validators.</summary>
public sealed record FetchResponse(Uri FinalUri, HttpStatusCode Status, byte[] Body, string? MediaType, string? Charset, string? ETag, string? LastModified)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;
}
