namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>The wait after each failed send doubles and stops growing at <see cref="Neo4jOptions.MaxBackoffSeconds"/>.</summary>
public sealed class BackoffTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(7, 128)]
    [InlineData(8, 256)]
    [InlineData(9, 300)]
    [InlineData(10, 300)]
    [InlineData(1_000_000, 300)]
    public async Task Backoff_doubles_from_the_initial_wait_and_caps(int attempt, double seconds)
    {
        await using var sink = new SinkHarness("127.0.0.1:9", o => (o.InitialBackoffSeconds, o.MaxBackoffSeconds) = (2, 300));
        Assert.Equal(TimeSpan.FromSeconds(seconds), sink.Sync.Backoff(attempt));
    }

    [Fact]
    public async Task Backoff_never_exceeds_the_cap_even_when_the_first_wait_does()
    {
        await using var sink = new SinkHarness("127.0.0.1:9", o => (o.InitialBackoffSeconds, o.MaxBackoffSeconds) = (600, 60));
        Assert.All(Enumerable.Range(1, 40), a => Assert.Equal(TimeSpan.FromSeconds(60), sink.Sync.Backoff(a)));
    }
}
