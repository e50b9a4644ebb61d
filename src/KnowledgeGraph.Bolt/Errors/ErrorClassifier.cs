namespace KnowledgeGraph.Bolt;

/// <summary>Maps a server FAILURE to the exception type a caller can act on, as the official drivers do.</summary>
public static class ErrorClassifier
{
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string NotALeader = "Neo.ClientError.Cluster.NotALeader";
    public const string ForbiddenOnReadOnlyDatabase = "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";
    public const string TransactionTerminated = "Neo.TransientError.Transaction.Terminated";
    public const string LockClientStopped = "Neo.TransientError.Transaction.LockClientStopped";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string AuthorizationExpired = "Neo.ClientError.Security.AuthorizationExpired";

    /// <summary>Reads <c>neo4j_code</c> (Bolt 5.7+) or <c>code</c>, and <c>message</c>, from FAILURE metadata.</summary>
    public static Neo4jException FromFailure(IReadOnlyDictionary<string, object?> metadata, string? secret = null)
    {
        var code = metadata.GetValueOrDefault("neo4j_code") as string
            ?? metadata.GetValueOrDefault("code") as string
            ?? "Neo.DatabaseError.General.UnknownError";
        var message = metadata.GetValueOrDefault("message") as string
            ?? metadata.GetValueOrDefault("description") as string
            ?? "(no message)";
        if (!string.IsNullOrEmpty(secret))
        {
            message = message.Replace(secret, "******", StringComparison.Ordinal);
        }

        var exception = Classify(code, message);
        exception.GqlStatus = metadata.GetValueOrDefault("gql_status") as string;
        return exception;
    }

    public static Neo4jException Classify(string code, string message)
    {
        if (code == Unauthorized)
        {
            return new AuthenticationException(
                $"Authentication failed: the server rejected the user name or password ({code}). Server message: {message}", code);
        }

        if (code is NotALeader or ForbiddenOnReadOnlyDatabase)
        {
            return new SessionExpiredException($"The server no longer accepts writes for this database ({code}): {message}", code);
        }

        if (code is TransactionTerminated or LockClientStopped)
        {
            return new Neo4jClientException($"{code}: {message}", code);
        }

        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            return new Neo4jTransientException($"{code}: {message}", code);
        }

        if (code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
        {
            return new Neo4jClientException($"{code}: {message}", code);
        }

        return new Neo4jDatabaseException($"{code}: {message}", code);
    }

    /// <summary>True if the failure means the routing table must forget the writer and be refreshed.</summary>
    public static bool RequiresRoutingRefresh(Neo4jException exception) =>
        exception.Code is NotALeader or ForbiddenOnReadOnlyDatabase;

    /// <summary>
    /// True if no other piece of work can succeed either until the configuration changes: the credentials or the rights
    /// (<c>Neo.ClientError.Security.*</c> except an expired authorization), a database that does not exist, a server that
    /// speaks no Bolt version we offer (or no Bolt), a TLS certificate refused. A caller working through a backlog stops.
    /// </summary>
    public static bool CannotSucceedOnRetry(Exception exception) => exception switch
    {
        AuthenticationException or BoltProtocolException or TlsException => true,
        Neo4jException { Code: DatabaseNotFound } => true,
        Neo4jException { Code: { } code } => code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) && code != AuthorizationExpired,
        _ => false,
    };

    /// <summary>True if the unit of work may be run again: transient server errors and lost connections.</summary>
    public static bool IsRetryable(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.IsRetryable,
        IOException or System.Net.Sockets.SocketException or EndOfStreamException => true,
        _ => false,
    };
}
