using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// One SQL statement prepared once per store, its parameters created once and given new values on
/// each run (the write path runs the same few statements for every mention and relationship).
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;
    private bool _prepared;

    public PreparedStatement(SqliteConnection connection, string sql, params string[] names)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = names.Select(n => _command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
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

    public int Execute(SqliteTransaction? tx, params object?[] values) => Bind(tx, values).ExecuteNonQuery();

    public object? Scalar(SqliteTransaction? tx, params object?[] values) => Bind(tx, values).ExecuteScalar();

    public void Dispose() => _command.Dispose();
}
