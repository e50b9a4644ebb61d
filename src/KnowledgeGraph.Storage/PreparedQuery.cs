using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A query prepared once per store and read through Microsoft.Data.Sqlite's reader (the group reads of the
/// sync, whose rows are many and varied): its parameters are created once and given new values on each run.
/// The write path's statements, run once per row, are <see cref="PreparedStatement"/>s instead.
/// </summary>
internal sealed class PreparedQuery : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;
    private bool _prepared;

    public PreparedQuery(SqliteConnection connection, string sql, params string[] names)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = [.. names.Select(n => _command.Parameters.Add(new SqliteParameter { ParameterName = n }))];
    }

    /// <summary>The command with <paramref name="values"/> bound in the order of the names given at creation.</summary>
    public SqliteCommand Bind(SqliteTransaction? tx, params object?[] values)
    {
        _command.Transaction = tx;
        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }

        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return _command;
    }

    public void Dispose() => _command.Dispose();
}
