namespace KnowledgeGraph.Bolt.Tests.Driver;

public class ErrorClassifierTests
{
    private static Neo4jException Failure(string code, string message = "boom") =>
        ErrorClassifier.FromFailure(new Dictionary<string, object?> { ["code"] = code, ["message"] = message });

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(Neo4jTransientException), true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", typeof(Neo4jTransientException), true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(Neo4jClientException), false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(Neo4jClientException), false)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", typeof(SessionExpiredException), true)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", typeof(SessionExpiredException), true)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(Neo4jClientException), false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(Neo4jClientException), false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException), false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(Neo4jDatabaseException), false)]
    public void Codes_map_to_exception_types(string code, Type type, bool retryable)
    {
        var exception = Failure(code);
        Assert.IsType(type, exception);
        Assert.Equal(code, exception.Code);
        Assert.Equal(retryable, ErrorClassifier.IsRetryable(exception));
    }

    [Theory]
    [InlineData("Neo.ClientError.Security.Unauthorized", true)]
    [InlineData("Neo.ClientError.Security.Forbidden", true)]
    [InlineData("Neo.ClientError.Security.TokenExpired", true)]
    [InlineData("Neo.ClientError.Database.DatabaseNotFound", true)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", false)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", false)]
    public void Only_errors_that_no_other_work_can_escape_stop_a_backlog(string code, bool stops)
    {
        Assert.Equal(stops, ErrorClassifier.CannotSucceedOnRetry(Failure(code)));
    }

    [Fact]
    public void Protocol_and_certificate_failures_stop_a_backlog_and_lost_connections_do_not()
    {
        Assert.True(ErrorClassifier.CannotSucceedOnRetry(new BoltProtocolException("no common version")));
        Assert.True(ErrorClassifier.CannotSucceedOnRetry(new TlsException("certificate refused")));
        Assert.False(ErrorClassifier.CannotSucceedOnRetry(new ServiceUnavailableException("lost")));
        Assert.False(ErrorClassifier.CannotSucceedOnRetry(new IOException("reset")));
    }

    [Fact]
    public void The_code_appears_once_in_the_message()
    {
        const string code = "Neo.ClientError.Schema.ConstraintValidationFailed";
        var message = Failure(code, "Node(1) already exists").Message;
        Assert.Equal(1, message.Split(code).Length - 1);
        Assert.Equal(code + ": Node(1) already exists", message);
    }

    [Fact]
    public void Routing_refresh_only_for_leader_and_read_only_errors()
    {
        Assert.True(ErrorClassifier.RequiresRoutingRefresh(Failure("Neo.ClientError.Cluster.NotALeader")));
        Assert.True(ErrorClassifier.RequiresRoutingRefresh(Failure("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")));
        Assert.False(ErrorClassifier.RequiresRoutingRefresh(Failure("Neo.TransientError.Transaction.DeadlockDetected")));
    }

    [Fact]
    public void Lost_connections_are_retryable()
    {
        Assert.True(ErrorClassifier.IsRetryable(new IOException("reset")));
        Assert.True(ErrorClassifier.IsRetryable(new System.Net.Sockets.SocketException()));
        Assert.True(ErrorClassifier.IsRetryable(new EndOfStreamException()));
        Assert.True(ErrorClassifier.IsRetryable(new ServiceUnavailableException("gone")));
        Assert.False(ErrorClassifier.IsRetryable(new InvalidOperationException()));
        Assert.False(ErrorClassifier.IsRetryable(new BoltProtocolException("HTTP")));
    }

    [Fact]
    public void Gql_style_failure_prefers_neo4j_code()
    {
        var exception = ErrorClassifier.FromFailure(new Dictionary<string, object?>
        {
            ["gql_status"] = "50N42",
            ["description"] = "error: general processing exception - unexpected error",
            ["message"] = "Deadlock",
            ["neo4j_code"] = "Neo.TransientError.Transaction.DeadlockDetected",
            ["code"] = "Neo.DatabaseError.General.UnknownError",
        });
        Assert.IsType<Neo4jTransientException>(exception);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", exception.Code);
        Assert.Equal("50N42", exception.GqlStatus);
    }

    [Fact]
    public void Secret_is_scrubbed_from_server_messages()
    {
        var exception = ErrorClassifier.FromFailure(
            new Dictionary<string, object?> { ["code"] = "Neo.ClientError.Security.Unauthorized", ["message"] = "bad password 'hunter2'" },
            secret: "hunter2");
        Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
    }
}
