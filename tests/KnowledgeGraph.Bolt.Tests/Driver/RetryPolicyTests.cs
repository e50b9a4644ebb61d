namespace KnowledgeGraph.Bolt.Tests.Driver;

public class RetryPolicyTests
{
    /// <summary>A clock that only moves when the retry policy "sleeps".</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    private static (BoltDriverOptions Options, List<TimeSpan> Delays, ManualTime Time) Options(double random = 0.5)
    {
        var delays = new List<TimeSpan>();
        var time = new ManualTime();
        var options = new BoltDriverOptions
        {
            TimeProvider = time,
            Random = () => random,
            Delay = (delay, _) =>
            {
                delays.Add(delay);
                time.Advance(delay);
                return Task.CompletedTask;
            },
        };
        return (options, delays, time);
    }

    [Fact]
    public async Task Retries_transient_failures_with_exponential_backoff()
    {
        var (options, delays, _) = Options();
        var attempts = 0;
        var result = await new RetryPolicy(options).ExecuteAsync(async attempt =>
        {
            await Task.Yield();
            attempts = attempt;
            return attempt < 4 ? throw new Neo4jTransientException("deadlock", "Neo.TransientError.Transaction.DeadlockDetected") : "done";
        }, CancellationToken.None);

        Assert.Equal("done", result);
        Assert.Equal(4, attempts);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays);
    }

    [Fact]
    public async Task Gives_up_when_the_time_budget_is_spent_and_throws_the_last_error()
    {
        var (options, delays, _) = Options();
        options.MaxRetryTime = TimeSpan.FromSeconds(10);
        var attempts = 0;
        var error = await Assert.ThrowsAsync<Neo4jTransientException>(() => new RetryPolicy(options).ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new Neo4jTransientException("still locked", "Neo.TransientError.Transaction.LockAcquisitionTimeout");
        }, CancellationToken.None));

        Assert.Equal("Neo.TransientError.Transaction.LockAcquisitionTimeout", error.Code);
        Assert.Equal([1, 2, 4, 8], delays.Select(d => d.TotalSeconds));
        Assert.Equal(5, attempts); // 0 s, 1 s, 3 s, 7 s, then 15 s >= 10 s: give up
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var (options, delays, _) = Options();
        var attempts = 0;
        await Assert.ThrowsAsync<Neo4jClientException>(() => new RetryPolicy(options).ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new Neo4jClientException("syntax", "Neo.ClientError.Statement.SyntaxError");
        }, CancellationToken.None));
        Assert.Equal(1, attempts);
        Assert.Empty(delays);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(1.0, 1.2)]
    [InlineData(0.5, 1.0)]
    public void Jitter_stays_within_the_configured_fraction(double random, double factor)
    {
        var (options, _, _) = Options(random);
        var jittered = new RetryPolicy(options).Jittered(TimeSpan.FromSeconds(10));
        Assert.Equal(10 * factor, jittered.TotalSeconds, precision: 3);
    }
}
