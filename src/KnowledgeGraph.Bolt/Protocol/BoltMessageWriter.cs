using KnowledgeGraph.Bolt.PackStream;

namespace KnowledgeGraph.Bolt.Protocol;

/// <summary>
/// Encodes request messages into chunked bytes ready for the wire, without a socket. Messages accumulate in
/// <see cref="Output"/> until <see cref="Clear"/>; that is how requests are pipelined.
/// </summary>
public sealed class BoltMessageWriter : IDisposable
{
    private static readonly Dictionary<string, object?> Empty = [];
    private readonly PackStreamWriter _message = new(64 * 1024);
    private readonly PackStreamWriter _output = new(64 * 1024);

    /// <summary>See <see cref="PackStreamWriter.UseUtcDateTime"/>.</summary>
    public bool UseUtcDateTime
    {
        get => _message.UseUtcDateTime;
        set => _message.UseUtcDateTime = value;
    }

    /// <summary>Largest chunk written (at most 65,535).</summary>
    public int MaxChunkSize { get; set; } = Chunking.MaxChunkSize;

    /// <summary>The chunked bytes of every message written since the last <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Output => _output.WrittenMemory;

    public int MessageCount { get; private set; }

    public void Clear()
    {
        _output.Clear();
        MessageCount = 0;
    }

    public void Dispose()
    {
        _message.Dispose();
        _output.Dispose();
    }

    /// <summary>Writes any message from its tag and field values.</summary>
    public void WriteMessage(byte tag, params ReadOnlySpan<object?> fields)
    {
        Begin(fields.Length, tag);
        foreach (var field in fields)
        {
            _message.WriteValue(field);
        }

        End();
    }

    public void WriteHello(IReadOnlyDictionary<string, object?> extra) => WriteMapMessage(MessageTags.Hello, extra);

    public void WriteLogon(IReadOnlyDictionary<string, object?> auth) => WriteMapMessage(MessageTags.Logon, auth);

    public void WriteLogoff() => WriteMessage(MessageTags.Logoff);

    public void WriteGoodbye() => WriteMessage(MessageTags.Goodbye);

    public void WriteReset() => WriteMessage(MessageTags.Reset);

    public void WriteBegin(IReadOnlyDictionary<string, object?> extra) => WriteMapMessage(MessageTags.Begin, extra);

    public void WriteCommit() => WriteMessage(MessageTags.Commit);

    public void WriteRollback() => WriteMessage(MessageTags.Rollback);

    /// <summary>RUN query, parameters, extra (the extra is empty inside an explicit transaction).</summary>
    public void WriteRun(string query, IReadOnlyDictionary<string, object?>? parameters, IReadOnlyDictionary<string, object?>? extra = null)
    {
        Begin(3, MessageTags.Run);
        _message.WriteString(query);
        _message.WriteDictionary(parameters ?? Empty);
        _message.WriteDictionary(extra ?? Empty);
        End();
    }

    /// <summary>PULL {n, qid}; <paramref name="n"/> = -1 means all, <paramref name="qid"/> = -1 (omitted) the last query.</summary>
    public void WritePull(long n, long qid = -1) => WriteStreamRequest(MessageTags.Pull, n, qid);

    /// <summary>DISCARD {n, qid}; see <see cref="WritePull"/>.</summary>
    public void WriteDiscard(long n, long qid = -1) => WriteStreamRequest(MessageTags.Discard, n, qid);

    /// <summary>ROUTE routing-context, bookmarks, extra {db, imp_user} (the Bolt 4.4+ and 5.x form).</summary>
    public void WriteRoute(IReadOnlyDictionary<string, object?> routingContext, IReadOnlyList<string> bookmarks, string? database)
    {
        Begin(3, MessageTags.Route);
        _message.WriteDictionary(routingContext);
        _message.WriteListHeader(bookmarks.Count);
        foreach (var bookmark in bookmarks)
        {
            _message.WriteString(bookmark);
        }

        if (database is null)
        {
            _message.WriteMapHeader(0);
        }
        else
        {
            _message.WriteMapHeader(1);
            _message.WriteString("db");
            _message.WriteString(database);
        }

        End();
    }

    private void WriteStreamRequest(byte tag, long n, long qid)
    {
        Begin(1, tag);
        _message.WriteMapHeader(qid == -1 ? 1 : 2);
        _message.WriteString("n");
        _message.WriteInteger(n);
        if (qid != -1)
        {
            _message.WriteString("qid");
            _message.WriteInteger(qid);
        }

        End();
    }

    private void WriteMapMessage(byte tag, IReadOnlyDictionary<string, object?> map)
    {
        Begin(1, tag);
        _message.WriteDictionary(map);
        End();
    }

    private void Begin(int fieldCount, byte tag)
    {
        _message.Clear();
        _message.WriteStructHeader(fieldCount, tag);
    }

    private void End()
    {
        Chunking.WriteChunked(_message.WrittenSpan, _output, MaxChunkSize);
        MessageCount++;
    }
}
