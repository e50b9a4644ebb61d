namespace KnowledgeGraph.Bolt.Routing;

/// <summary>The servers of one database by role, valid until <see cref="ExpiresAt"/>.</summary>
internal sealed class RoutingTable
{
    private readonly object _gate = new();

    public RoutingTable(string? database, IEnumerable<ServerAddress> routers, IEnumerable<ServerAddress> readers,
        IEnumerable<ServerAddress> writers, DateTimeOffset expiresAt)
    {
        Database = database;
        Routers = [.. routers];
        Readers = [.. readers];
        Writers = [.. writers];
        ExpiresAt = expiresAt;
    }

    public string? Database { get; }

    public List<ServerAddress> Routers { get; }

    public List<ServerAddress> Readers { get; }

    public List<ServerAddress> Writers { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Parses the <c>rt</c> entry of a ROUTE SUCCESS: ttl (seconds), db, servers [{addresses, role}].</summary>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> success, DateTimeOffset now)
    {
        if (success.GetValueOrDefault("rt") is not Dictionary<string, object?> rt || rt.GetValueOrDefault("servers") is not List<object?> servers)
        {
            throw new BoltProtocolException("The ROUTE answer has no routing table (rt.servers missing).");
        }

        var ttl = rt.GetValueOrDefault("ttl") is long seconds ? seconds : 300;
        var roles = new Dictionary<string, List<ServerAddress>>(StringComparer.OrdinalIgnoreCase)
        {
            ["ROUTE"] = [], ["READ"] = [], ["WRITE"] = [],
        };
        foreach (var server in servers)
        {
            if (server is Dictionary<string, object?> entry && entry.GetValueOrDefault("role") is string role
                && roles.TryGetValue(role, out var list) && entry.GetValueOrDefault("addresses") is List<object?> addresses)
            {
                foreach (var address in addresses)
                {
                    list.Add(ServerAddress.Parse((string)address!));
                }
            }
        }

        var expires = now + TimeSpan.FromSeconds(Math.Clamp(ttl, 0, 86_400 * 365));
        return new RoutingTable(rt.GetValueOrDefault("db") as string, roles["ROUTE"], roles["READ"], roles["WRITE"], expires);
    }

    public bool IsStaleFor(AccessMode mode, DateTimeOffset now)
    {
        lock (_gate)
        {
            return now >= ExpiresAt || Routers.Count == 0 || ServersFor(mode).Count == 0;
        }
    }

    public ServerAddress[] Snapshot(AccessMode mode)
    {
        lock (_gate)
        {
            return [.. ServersFor(mode)];
        }
    }

    public void ForgetWriter(ServerAddress address)
    {
        lock (_gate)
        {
            Writers.Remove(address);
        }
    }

    public void Forget(ServerAddress address)
    {
        lock (_gate)
        {
            Readers.Remove(address);
            Writers.Remove(address);
        }
    }

    private List<ServerAddress> ServersFor(AccessMode mode) => mode == AccessMode.Write ? Writers : Readers;

    public override string ToString() =>
        $"RoutingTable(db={Database ?? "<default>"}, routers=[{string.Join(", ", Routers)}], readers=[{string.Join(", ", Readers)}], writers=[{string.Join(", ", Writers)}], expires={ExpiresAt:O})";
}
