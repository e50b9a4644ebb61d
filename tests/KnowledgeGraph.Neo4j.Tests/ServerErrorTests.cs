namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>FAILURE answers: transient ones are retried, client errors fail one article, authentication stops the pass.</summary>
public sealed class ServerErrorTests : StoreTestBase
{
    private const string ConstraintFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";

    [Fact]
    public async Task Deadlock_is_retried_and_committed()
    {
        var node = NodeText(GraphLabels.Person);
        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. Schema(), .. Failing(node, "Neo.TransientError.Transaction.DeadlockDetected"), .. Write(node)]);

        await SinkHarness.RunAsync(stub, async sink =>
        {
            Assert.Equal(1, await sink.Writer.WriteAsync(Articles.People(1), default));
            Assert.Equal([TimeSpan.FromSeconds(1)], sink.RetryDelays);
        });
    }

    /// <summary>With no backoff the failed article is due again at once; the pass still tries it only once (it used to loop).</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public async Task Client_error_marks_only_the_faulty_article_failed_with_the_code_and_the_other_is_sent(double backoffSeconds)
    {
        var first = Articles.Meeting();
        var second = Articles.Meeting(" Второй выпуск.");
        Save(first);
        Save(second);
        await using var stub = new StubServer();
        // The shared batch of both is refused; then each alone: the first is refused again, the second goes.
        stub.Play([
            .. Scripts.Login54(), .. Schema(), .. Failing(Articles.MeetingTexts, 0, ConstraintFailed),
            .. Failing(Articles.MeetingTexts, 0, ConstraintFailed), .. Writes(Articles.MeetingTexts),
        ]);

        await SinkHarness.RunAsync(
            stub,
            async sink =>
            {
                var pass = await sink.Sync.DrainAsync(Store, ignoreBackoff: false, default);
                Assert.Equal((1, 1, 1, false), (pass.Sent, pass.Failed, pass.Remaining, pass.Unavailable));
                Assert.StartsWith(ConstraintFailed + ":", pass.LastError, StringComparison.Ordinal);
                Assert.Empty(sink.RetryDelays); // a client error is not retried
            },
            o => o.InitialBackoffSeconds = backoffSeconds);

        var failed = Assert.Single(Store.PendingSync(DateTimeOffset.MaxValue));
        Assert.Equal(first.Key, failed.ArticleKey);
        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith(ConstraintFailed, failed.LastError, StringComparison.Ordinal);
        Assert.Equal(second.Key, Rows(Runs(stub)[^Articles.MeetingTexts.Length]).Cast<Dictionary<string, object?>>().Single()["key"]);
    }

    [Fact]
    public async Task Wrong_password_gives_one_clear_message_without_the_password()
    {
        Save(Articles.Meeting());
        await using var stub = new StubServer();
        stub.Play([
            .. Scripts.Login54()[..^1],
            $$"""S: FAILURE {"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure ({{Scripts.Password}})."}""",
        ]);

        await SinkHarness.RunAsync(stub, async sink =>
        {
            var pass = await sink.Sync.DrainAsync(Store, ignoreBackoff: true, default);
            Assert.True(pass.Unavailable);
            Assert.Equal((0, 1, 1), (pass.Sent, pass.Failed, pass.Remaining));
            Assert.Contains("Authentication failed", pass.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain(Scripts.Password, pass.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', pass.LastError!);
            Assert.Empty(sink.RetryDelays);
        });

        var waiting = Assert.Single(Store.PendingSync(DateTimeOffset.MaxValue));
        Assert.DoesNotContain(Scripts.Password, waiting.LastError, StringComparison.Ordinal);
    }
}
