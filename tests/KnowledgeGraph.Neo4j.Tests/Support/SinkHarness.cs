using KnowledgeGraph.Bolt;
using KnowledgeGraph.Cypher;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>
/// The sink as <c>kg</c> builds it (driver from <see cref="Neo4jOptions"/>, writer, outbox sync), pointed at a stub:
/// retry delays do not sleep (they are recorded and move the driver's fake clock), the outbox has its own fake clock.
/// </summary>
internal sealed class SinkHarness : IAsyncDisposable
{
    public SinkHarness(string address, Action<Neo4jOptions>? configure = null)
    {
        Options = new Neo4jOptions { Uri = "bolt://" + address, User = Scripts.User, Password = Scripts.Password, Database = SinkScripts.Database };
        configure?.Invoke(Options);
        var (bolt, delays) = Scripts.Options();
        RetryDelays = delays;
        Driver = Neo4jDriverFactory.Create(Options, configure: o =>
        {
            o.Delay = bolt.Delay;
            o.TimeProvider = bolt.TimeProvider;
            o.Random = bolt.Random;
            o.ConnectionTimeout = bolt.ConnectionTimeout;
        });
        Writer = new Neo4jGraphWriter(Driver, Catalog, Options.Database, Options.BatchSize);
        Sync = new OutboxSync(Writer, Options, Clock, NullLogger<OutboxSync>.Instance);
    }

    /// <summary>Runs <paramref name="client"/> with a sink on <paramref name="stub"/>, closes the sink, then checks the stub's scripts were followed.</summary>
    public static async Task RunAsync(StubServer stub, Func<SinkHarness, Task> client, Action<Neo4jOptions>? configure = null)
    {
        await stub.ClientAsync(async () =>
        {
            await using var sink = new SinkHarness(stub.Address, configure);
            await client(sink);
        });
        await stub.AssertCompletedAsync();
    }

    /// <summary>The templates of <c>cypher/</c>, as copied beside the tests.</summary>
    public static TemplateCatalog Catalog { get; } = TemplateCatalog.LoadDefault();

    public Neo4jOptions Options { get; }

    public BoltDriver Driver { get; }

    public Neo4jGraphWriter Writer { get; }

    public OutboxSync Sync { get; }

    /// <summary>The outbox's clock (next tries, sent times).</summary>
    public Scripts.FakeTime Clock { get; } = new();

    /// <summary>Every wait the driver's retry policy asked for.</summary>
    public List<TimeSpan> RetryDelays { get; }

    public ValueTask DisposeAsync() => Driver.DisposeAsync();
}
