using KnowledgeGraph.Bolt;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Writes graphs to Neo4j with the <c>cypher/</c> templates: the schema once per writer, then
/// <c>UNWIND $rows</c> batches, one managed transaction per batch, nodes before relationships.
/// MERGE on <c>key</c> makes every write idempotent.
/// </summary>
public sealed class Neo4jGraphWriter(BoltDriver driver, TemplateCatalog catalog, string? database, int batchSize)
{
    private bool _schemaApplied;

    /// <summary>The statements this writer sends for <paramref name="graph"/>, in order.</summary>
    public IEnumerable<CypherStatement> Plan(GraphSnapshot graph) => GraphRows.Statements(graph, catalog, batchSize);

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaApplied)
        {
            return;
        }

        // Schema statements cannot share a transaction with writes; each runs on its own.
        foreach (var statement in GraphRows.Schema(catalog))
        {
            await driver.ExecuteQueryAsync(statement.Text, statement.Parameters, database, cancellationToken).ConfigureAwait(false);
        }

        _schemaApplied = true;
    }

    /// <summary>Writes the graph; returns the number of statements (batches) sent.</summary>
    public async Task<int> WriteAsync(GraphSnapshot graph, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        var session = driver.AsyncSession(o => o.WithDatabase(database));
        await using (session.ConfigureAwait(false))
        {
            foreach (var statement in Plan(graph))
            {
                await session.ExecuteWriteAsync(
                    async tx =>
                    {
                        var cursor = await tx.RunAsync(statement.Text, statement.Parameters, cancellationToken).ConfigureAwait(false);
                        await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                    },
                    null,
                    cancellationToken).ConfigureAwait(false);
                count++;
            }
        }

        return count;
    }
}
