using KnowledgeGraph.Bolt;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Service;

/// <summary>The Neo4j driver, writer, reader and outbox sync, made once from the options.</summary>
public sealed class Neo4jSink : IAsyncDisposable
{
    private readonly Lazy<(BoltDriver Driver, Neo4jGraphWriter Writer, Neo4jGraphReader Reader, OutboxSync Sync)> _parts;

    public Neo4jSink(IOptions<Neo4jOptions> options, TemplateCatalog catalog, TimeProvider clock, ILoggerFactory loggers)
    {
        Options = options.Value;
        _parts = new(() =>
        {
            var o = Options;
            var boltLog = loggers.CreateLogger("KnowledgeGraph.Bolt");
            var driver = Neo4jDriverFactory.Create(o, message => Log.BoltDiagnostic(boltLog, message));
            var writer = new Neo4jGraphWriter(driver, catalog, string.IsNullOrEmpty(o.Database) ? null : o.Database, o.BatchSize);
            var reader = new Neo4jGraphReader(driver, catalog, string.IsNullOrEmpty(o.Database) ? null : o.Database);
            return (driver, writer, reader, new OutboxSync(writer, o, clock, loggers.CreateLogger<OutboxSync>()));
        });
    }

    public Neo4jOptions Options { get; }

    public BoltDriver Driver => _parts.Value.Driver;

    public Neo4jGraphWriter Writer => _parts.Value.Writer;

    public Neo4jGraphReader Reader => _parts.Value.Reader;

    public OutboxSync Sync => _parts.Value.Sync;

    public async ValueTask DisposeAsync()
    {
        if (_parts.IsValueCreated)
        {
            await _parts.Value.Driver.DisposeAsync().ConfigureAwait(false);
        }
    }
}
