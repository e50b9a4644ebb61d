using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Rows of one table written by multi-row INSERT statements (<c>VALUES (...), (...), ...</c>) of up to
/// <see cref="RowsPerStatement"/> rows, instead of one statement run per row. Each run of a statement costs
/// SQLite its own start (cursors opened on the table and every index, each B-tree entered at its root);
/// within one statement the cursors stay where the last row went, so rows that follow each other in an
/// index (an article's rows, keyed by its new id) are placed without descending from the root again.
/// The statements of each row count are prepared on first use and kept.
/// </summary>
internal sealed class RowInsert(SqliteConnection connection, string head, int columns) : IDisposable
{
    public const int RowsPerStatement = 16;

    private readonly PreparedStatement?[] _statements = new PreparedStatement?[RowsPerStatement + 1];

    /// <summary>
    /// Writes <paramref name="count"/> rows; <paramref name="bind"/> sets the values of row i (0-based, of all
    /// the rows) on the statement, its first value at the position it is given. Returns the rows SQLite wrote.
    /// </summary>
    public int Write<TState>(int count, TState state, Action<PreparedStatement, int, int, TState> bind)
    {
        var written = 0;
        for (var first = 0; first < count; first += RowsPerStatement)
        {
            var rows = Math.Min(RowsPerStatement, count - first);
            var statement = Statement(rows).Reset();
            for (var i = 0; i < rows; i++)
            {
                bind(statement, i * columns, first + i, state);
            }

            written += statement.Run();
        }

        return written;
    }

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement?.Dispose();
        }
    }

    private PreparedStatement Statement(int rows) => _statements[rows] ??= Prepare(rows);

    private PreparedStatement Prepare(int rows)
    {
        var names = new string[rows * columns];
        var sql = new System.Text.StringBuilder(head).Append(" VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                var name = names[r * columns + c] = $"$r{r}c{c}";
                sql.Append(c == 0 ? string.Empty : ", ").Append(name);
            }

            sql.Append(')');
        }

        return new PreparedStatement(connection, sql.ToString(), names);
    }
}
