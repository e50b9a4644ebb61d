namespace KnowledgeGraph.Bolt.Connections;

/// <summary>What is needed to open and authenticate a connection.</summary>
internal sealed record ConnectionSettings(
    AuthToken Auth,
    string UserAgent,
    bool Encrypted,
    bool TrustAllCertificates,
    TimeSpan ConnectionTimeout,
    TimeSpan ReadTimeout,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    Action<string>? Log);
