using System.Text;

namespace KnowledgeGraph.Cypher;

/// <summary>
/// Writes statements as a script that <c>cypher-shell -f</c> and Neo4j Browser accept: the schema
/// statements, then for each batch a <c>:param rows =&gt; [...]</c> line and the template itself.
/// </summary>
public static class CypherScriptWriter
{
    public static async Task WriteAsync(TextWriter output, string header, IEnumerable<CypherStatement> schema, IEnumerable<CypherStatement> writes, CancellationToken cancellationToken = default)
    {
        // Every kind of line break (CR alone, NEL, U+2028 too) starts a new comment line: a
        // client that breaks lines there must not read the rest of the header as Cypher.
        foreach (var line in header.ReplaceLineEndings("\n").Split('\n'))
        {
            await output.WriteLineAsync(("// " + line).TrimEnd()).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        foreach (var s in schema)
        {
            await output.WriteLineAsync(s.Text + ";").ConfigureAwait(false);
        }

        foreach (var s in writes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("// " + s.Template).ConfigureAwait(false);
            foreach (var (name, value) in s.Parameters)
            {
                var sb = new StringBuilder(":param ").Append(name).Append(" => ");
                CypherLiteral.Append(sb, value);
                await output.WriteLineAsync(sb.Append(';').ToString()).ConfigureAwait(false);
            }

            await output.WriteLineAsync(s.Text + ";").ConfigureAwait(false);
        }
    }
}
