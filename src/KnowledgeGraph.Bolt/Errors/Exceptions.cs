namespace KnowledgeGraph.Bolt;

/// <summary>Base of all errors raised by this library. <see cref="Code"/> is the server's Neo4j status code, if any.</summary>
public class Neo4jException : Exception
{
    public Neo4jException(string message, string? code = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    /// <summary>The Neo4j status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>), or null for client-side errors.</summary>
    public string? Code { get; }

    /// <summary>The GQL status (Bolt 5.7+), when the server sent one.</summary>
    public string? GqlStatus { get; internal set; }

    /// <summary>True when running the same unit of work again may succeed (managed transactions do this automatically).</summary>
    public virtual bool IsRetryable => false;
}

/// <summary>The request was wrong (syntax, constraint, type, ...). Retrying the same work will fail again.</summary>
public class Neo4jClientException(string message, string? code = null, Exception? inner = null)
    : Neo4jException(message, code, inner);

/// <summary>The server rejected the credentials (<c>Neo.ClientError.Security.Unauthorized</c>).</summary>
public sealed class AuthenticationException(string message, string? code = null)
    : Neo4jClientException(message, code);

/// <summary>A temporary failure (deadlock, leader switch, lock timeout, ...); retrying the work may succeed.</summary>
public sealed class Neo4jTransientException(string message, string? code = null)
    : Neo4jException(message, code)
{
    public override bool IsRetryable => true;
}

/// <summary>The database failed (<c>Neo.DatabaseError.*</c>); not retried.</summary>
public sealed class Neo4jDatabaseException(string message, string? code = null)
    : Neo4jException(message, code);

/// <summary>
/// The server can no longer serve this kind of work (it is not the leader any more, or the database is read-only there).
/// The routing table has been refreshed; retrying the work may succeed.
/// </summary>
public sealed class SessionExpiredException(string message, string? code = null, Exception? inner = null)
    : Neo4jException(message, code, inner)
{
    public override bool IsRetryable => true;
}

/// <summary>No server could be reached, or the connection was lost. Retrying the work may succeed.</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null)
    : Neo4jException(message, null, inner)
{
    public override bool IsRetryable => true;
}

/// <summary>The peer does not speak Bolt as expected (wrong port, unsupported version, malformed message).</summary>
public sealed class BoltProtocolException(string message, Exception? inner = null)
    : Neo4jException(message, null, inner);

/// <summary>
/// TLS could not be set up with the server: its certificate was refused (untrusted, expired, another host name).
/// Retrying cannot help; the URI (<c>+ssc</c> accepts a self-signed certificate) or the certificate must change.
/// </summary>
public sealed class TlsException(string message, Exception? inner = null)
    : Neo4jException(message, null, inner);
