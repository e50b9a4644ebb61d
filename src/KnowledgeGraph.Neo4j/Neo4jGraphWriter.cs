using KnowledgeGraph.Bolt;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Writes graphs to Neo4j with the <c>cypher/</c> templates: the schema once per writer, then
/// <c>UNWIND $rows</c> batches, one transaction per batch (pipelined), nodes before relationships.
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

    /// <summary>
    /// Writes the graph, one transaction per batch, the transactions pipelined (sent without waiting for each answer,
    /// in order: nodes before relationships); returns the number of statements (batches) sent.
    /// </summary>
    public async Task<int> WriteAsync(GraphSnapshot graph, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        var session = driver.AsyncSession(o => o.WithDatabase(database));
        await using (session.ConfigureAwait(false))
        {
            await session.ExecuteWritesAsync(Statements(), null, cancellationToken).ConfigureAwait(false);
        }

        return count;

        // Built as they are written, so a group's rows are not all held at once; a retry enumerates them again.
        IEnumerable<BoltStatement> Statements()
        {
            count = 0;
            foreach (var statement in Plan(graph))
            {
                count++;
                yield return new BoltStatement(statement.Text, statement.Parameters);
            }
        }
    }
}
