using KnowledgeGraph.Bolt.Connections;
using KnowledgeGraph.Bolt.Routing;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// Entry point, shaped like the official driver: create once per application, open short-lived sessions.
/// <code>await using var driver = BoltDriver.Create("neo4j://host:7687", AuthTokens.Basic("neo4j", password));</code>
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private readonly IConnectionProvider _provider;
    private IReadOnlyList<string> _executeQueryBookmarks = [];

    private BoltDriver(BoltUri uri, BoltDriverOptions options, IConnectionProvider provider)
    {
        Uri = uri;
        Options = options;
        _provider = provider;
    }

    public BoltUri Uri { get; }

    public BoltDriverOptions Options { get; }

    public static BoltDriver Create(string uri, AuthToken auth, Action<BoltDriverOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new BoltDriverOptions();
        configure(options);
        return Create(uri, auth, options);
    }

    public static BoltDriver Create(string uri, AuthToken auth, BoltDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(auth);
        options ??= new BoltDriverOptions();
        if (options.FetchSize == 0 || options.FetchSize < -1)
        {
            throw new ArgumentException("FetchSize must be positive, or -1 for all records at once.", nameof(options));
        }

        var parsed = BoltUri.Parse(uri);
        Dictionary<string, object?>? routingContext = null;
        if (parsed.Routing)
        {
            routingContext = new Dictionary<string, object?> { ["address"] = parsed.Address.ToString() };
            foreach (var (key, value) in parsed.RoutingContext)
            {
                routingContext[key] = value;
            }
        }

        var settings = new ConnectionSettings(auth, options.UserAgent, parsed.Encrypted, parsed.TrustAllCertificates,
            options.ConnectionTimeout, options.ReadTimeout, routingContext, options.Log);
        var pool = new ConnectionPool(settings, options.MaxIdleConnectionsPerServer);
        IConnectionProvider provider = routingContext is null
            ? new DirectConnectionProvider(pool, parsed.Address)
            : new RoutingConnectionProvider(pool, parsed.Address, routingContext, options.TimeProvider, options.Log);
        return new BoltDriver(parsed, options, provider);
    }

    public AsyncSession AsyncSession(Action<SessionConfigBuilder>? configure = null)
    {
        var builder = new SessionConfigBuilder();
        configure?.Invoke(builder);
        return new AsyncSession(_provider, builder.Build(), Options);
    }

    /// <summary>Runs one query in a retried write transaction and returns all its records.</summary>
    public Task<EagerResult> ExecuteQueryAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, string? database = null,
        CancellationToken cancellationToken = default) =>
        ExecuteQueryAsync(query, parameters, database, AccessMode.Write, cancellationToken);

    /// <summary>Runs one query in a retried transaction of the given mode and returns all its records.</summary>
    public async Task<EagerResult> ExecuteQueryAsync(string query, IReadOnlyDictionary<string, object?>? parameters, string? database,
        AccessMode mode, CancellationToken cancellationToken = default)
    {
        var session = AsyncSession(o => o.WithDatabase(database).WithBookmarks(_executeQueryBookmarks));
        await using (session.ConfigureAwait(false))
        {
            Func<AsyncTransaction, Task<EagerResult>> work = async tx =>
            {
                var cursor = await tx.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
                var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
                var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                return new EagerResult(records, summary, cursor.Keys);
            };
            var result = mode == AccessMode.Write
                ? await session.ExecuteWriteAsync(work, null, cancellationToken).ConfigureAwait(false)
                : await session.ExecuteReadAsync(work, null, cancellationToken).ConfigureAwait(false);
            _executeQueryBookmarks = session.LastBookmarks;
            return result;
        }
    }

    /// <summary>Opens (and authenticates) a connection to a server, fetching the routing table for neo4j:// URIs.</summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _provider.AcquireAsync(AccessMode.Read, null, [], cancellationToken).ConfigureAwait(false);
        await _provider.ReleaseAsync(connection).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
