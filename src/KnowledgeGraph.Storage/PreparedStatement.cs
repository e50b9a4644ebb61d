using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage;

/// <summary>
/// One SQL statement prepared once per store and run many times on the store's connection (the
/// write path runs the same few statements for every mention, entity and relationship). It talks to
/// SQLite directly: values are bound by position (strings in UTF-8, the store's encoding, from a buffer
/// the statement keeps; SQLite copies them, so nothing is allocated per value), and a run is step, then
/// reset; no command, reader or parameter object per run.
/// It runs inside whatever transaction the connection has open. Typed use: <c>Reset()</c>, the
/// <c>Set</c> calls in the order of the names given at creation, then <see cref="Run"/> or
/// <see cref="Row"/> and the column getters, then <see cref="Reset"/> again (the next use resets first).
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private const int Persistent = 1; // SQLITE_PREPARE_PERSISTENT: kept for the life of the store
    private const int KeptBuffer = 64 * 1024; // larger texts (an article's) are encoded in a rented buffer

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _slots;
    private readonly SqliteCalls? _direct;
    private readonly nint _handle;
    private readonly nint _db;
    private bool _atRow;
    private byte[] _utf8 = new byte[256];

    public PreparedStatement(SqliteConnection connection, string sql, params string[] names)
        : this(connection, SqliteCalls.Direct, sql, names)
    {
    }

    /// <summary>A statement calling SQLite through <paramref name="direct"/>, or through SQLitePCLRaw when it is null.</summary>
    internal PreparedStatement(SqliteConnection connection, SqliteCalls? direct, string sql, params string[] names)
    {
        _connection = connection;
        var db = connection.Handle!;
        var rc = raw.sqlite3_prepare_v3(db, sql, Persistent, out _statement, out var tail);
        SqliteException.ThrowExceptionForRC(rc, db);
        if (!string.IsNullOrWhiteSpace(tail))
        {
            _statement.Dispose();
            throw new ArgumentException("a prepared statement is one SQL statement: " + sql, nameof(sql));
        }

        if (direct is not null)
        {
            // Held until Dispose, so the bare pointers stay valid however the handles are used meanwhile.
            var added = false;
            _statement.DangerousAddRef(ref added);
            _direct = direct;
            _handle = _statement.DangerousGetHandle();
            _db = db.DangerousGetHandle();
        }

        _slots = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            _slots[i] = raw.sqlite3_bind_parameter_index(_statement, names[i]);
            if (_slots[i] == 0)
            {
                _statement.Dispose();
                throw new ArgumentException($"the statement has no parameter {names[i]}: {sql}", nameof(names));
            }
        }
    }

    /// <summary>
    /// Ends the previous run (when it stopped at a row): the statement is ready to be given new values. The values
    /// of the previous run stay bound until replaced, so every run sets every name (each SQLite call costs a transition
    /// to native code, and the write path makes about a hundred runs per article).
    /// </summary>
    public PreparedStatement Reset()
    {
        if (_atRow)
        {
            _atRow = false;
            ResetNative();
        }

        return this;
    }

    /// <summary>
    /// The value of the <paramref name="position"/>-th name (0-based); null is SQL NULL. The text is given to SQLite in
    /// UTF-8, the store's encoding: bound as UTF-16, SQLite copied it, then allocated and converted it on every run. The
    /// bytes stored are the same (a lone surrogate becomes U+FFFD either way; TextBindingTests compares the two).
    /// </summary>
    public PreparedStatement Set(int position, string? value)
    {
        if (value is null)
        {
            return Check(BindNull(_slots[position]));
        }

        var chars = value.AsSpan();
        var most = Encoding.UTF8.GetMaxByteCount(chars.Length);
        if (most > _utf8.Length && most <= KeptBuffer)
        {
            _utf8 = new byte[Math.Max(most, Math.Min(2 * _utf8.Length, KeptBuffer))];
        }

        var rented = most > _utf8.Length ? ArrayPool<byte>.Shared.Rent(most) : null;
        try
        {
            var buffer = rented ?? _utf8;
            var length = Encoding.UTF8.GetBytes(chars, buffer);
            var utf8 = buffer.AsSpan(0, length);
            return Check(_direct is { } d ? d.BindText(_handle, _slots[position], utf8) : raw.sqlite3_bind_text(_statement, _slots[position], utf8));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public PreparedStatement Set(int position, long value) =>
        Check(_direct is { } d ? d.BindInt64(_handle, _slots[position], value) : raw.sqlite3_bind_int64(_statement, _slots[position], value));

    public PreparedStatement Set(int position, long? value) => value is { } v ? Set(position, v) : Check(BindNull(_slots[position]));

    public PreparedStatement Set(int position, double? value) => value is not { } v
        ? Check(BindNull(_slots[position]))
        : Check(_direct is { } d ? d.BindDouble(_handle, _slots[position], v) : raw.sqlite3_bind_double(_statement, _slots[position], v));

    /// <summary>Runs the statement to its end; the rows it changed. The statement is reset.</summary>
    public int Run()
    {
        try
        {
            int rc;
            while ((rc = Step()) == raw.SQLITE_ROW)
            {
            }

            Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
            return _direct is { } d ? d.Changes(_db) : raw.sqlite3_changes(_connection.Handle);
        }
        finally
        {
            _atRow = false;
            ResetNative();
        }
    }

    /// <summary>
    /// Runs an insert: the rowid of the row it added, null when it added none (a conflict it was told to ignore).
    /// Used instead of <c>RETURNING</c>, which makes SQLite copy every page the statement changes into a statement
    /// journal first (a few pages of 4 KiB for each row inserted).
    /// </summary>
    public long? Insert() => Run() != 1 ? null : _direct is { } d ? d.LastInsertRowid(_db) : raw.sqlite3_last_insert_rowid(_connection.Handle);

    /// <summary>Steps to the next row: true when there is one to read (then read it and <see cref="Reset"/>).</summary>
    public bool Row()
    {
        var rc = Step();
        if (rc == raw.SQLITE_ROW)
        {
            _atRow = true;
            return true;
        }

        _atRow = false;

        ResetNative();
        Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
        return false;
    }

    public long Int64(int column) => _direct is { } d ? d.ColumnInt64(_handle, column) : raw.sqlite3_column_int64(_statement, column);

    public string? Text(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>The column's value as Microsoft.Data.Sqlite gives it: long, double, string, byte[] or <see cref="DBNull"/>.</summary>
    public object Value(int column) => raw.sqlite3_column_type(_statement, column) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, column),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, column),
        raw.SQLITE_TEXT => raw.sqlite3_column_text(_statement, column).utf8_to_string(),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(_statement, column).ToArray(),
        _ => DBNull.Value,
    };

    /// <summary>Runs with <paramref name="values"/> bound in the order of the names (strings, integers, doubles, booleans or null); the rows changed.</summary>
    public int Execute(params object?[] values) => BindAll(values).Run();

    /// <summary>Runs with <paramref name="values"/>; the first column of the first row, <see cref="DBNull"/> for NULL, null when there is no row.</summary>
    public object? Scalar(params object?[] values)
    {
        if (!BindAll(values).Row())
        {
            return null;
        }

        var value = Value(0);
        Reset();
        return value;
    }

    public void Dispose()
    {
        if (_direct is not null && !_statement.IsClosed)
        {
            _statement.DangerousRelease();
        }

        _statement.Dispose();
    }

    private PreparedStatement BindAll(object?[] values)
    {
        Reset();
        for (var i = 0; i < _slots.Length; i++)
        {
            _ = values[i] switch
            {
                null or DBNull => Set(i, (string?)null),
                string s => Set(i, s),
                bool b => Set(i, b ? 1L : 0L),
                int n => Set(i, (long)n),
                long n => Set(i, n),
                double d => Set(i, d),
                float f => Set(i, (double)f),
                var other => throw new ArgumentException($"a stored value must be a string, number or boolean, not {other.GetType().Name}", nameof(values)),
            };
        }

        return this;
    }

    private PreparedStatement Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            _atRow = false;
            ResetNative();
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }

        return this;
    }

    private int Step() => _direct is { } d ? d.Step(_handle) : raw.sqlite3_step(_statement);

    private void ResetNative() => _ = _direct is { } d ? d.Reset(_handle) : raw.sqlite3_reset(_statement);

    private int BindNull(int slot) => _direct is { } d ? d.BindNull(_handle, slot) : raw.sqlite3_bind_null(_statement, slot);
}
