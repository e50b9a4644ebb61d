using System.Globalization;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// A parsed connection URI: <c>bolt</c>, <c>bolt+s</c>, <c>bolt+ssc</c>, <c>neo4j</c>, <c>neo4j+s</c> or <c>neo4j+ssc</c>.
/// "+s" means TLS with certificate validation, "+ssc" TLS accepting any certificate; neo4j schemes use routing.
/// </summary>
public sealed record BoltUri(string Scheme, ServerAddress Address, bool Routing, bool Encrypted, bool TrustAllCertificates,
    IReadOnlyDictionary<string, string> RoutingContext)
{
    public const int DefaultPort = 7687;

    public static BoltUri Parse(string uri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            throw new ArgumentException($"'{uri}' is not a valid connection URI; expected e.g. bolt://localhost:7687 or neo4j://host.", nameof(uri));
        }

        var scheme = parsed.Scheme.ToLowerInvariant();
        var (routing, encrypted, trustAll) = scheme switch
        {
            "bolt" => (false, false, false),
            "bolt+s" => (false, true, false),
            "bolt+ssc" => (false, true, true),
            "neo4j" => (true, false, false),
            "neo4j+s" => (true, true, false),
            "neo4j+ssc" => (true, true, true),
            _ => throw new ArgumentException(
                $"Unsupported URI scheme '{parsed.Scheme}'; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.", nameof(uri)),
        };

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            throw new ArgumentException("Do not put credentials in the URI; pass them with AuthTokens.", nameof(uri));
        }

        var context = ParseQuery(parsed.Query);
        if (!routing && context.Count > 0)
        {
            throw new ArgumentException("A routing context (query string) is only allowed with neo4j:// schemes.", nameof(uri));
        }

        var host = parsed.HostNameType == UriHostNameType.IPv6 ? parsed.Host.Trim('[', ']') : parsed.Host;
        var address = new ServerAddress(host, parsed.IsDefaultPort || parsed.Port < 0 ? DefaultPort : parsed.Port);
        return new BoltUri(scheme, address, routing, encrypted, trustAll, context);
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            if (parts.Length != 2 || key.Length == 0 || key == "address" || !result.TryAdd(key, Uri.UnescapeDataString(parts[1])))
            {
                throw new ArgumentException($"Invalid or duplicate routing context entry '{pair}'.", nameof(query));
            }
        }

        return result;
    }
}

/// <summary>A host and port.</summary>
public sealed record ServerAddress(string Host, int Port)
{
    /// <summary>Parses "host:port" (as found in routing tables); the port defaults to 7687.</summary>
    public static ServerAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            var host = text[1..close];
            return new ServerAddress(host, close + 1 < text.Length ? int.Parse(text[(close + 2)..], CultureInfo.InvariantCulture) : BoltUri.DefaultPort);
        }

        var colon = text.LastIndexOf(':');
        return colon < 0
            ? new ServerAddress(text, BoltUri.DefaultPort)
            : new ServerAddress(text[..colon], int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture));
    }

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
