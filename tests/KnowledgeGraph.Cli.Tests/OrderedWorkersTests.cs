using KnowledgeGraph.Cli.Pipeline;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The read -> work on N threads -> one consumer pipeline: input order kept, memory bounded, idle moments seen.</summary>
public sealed class OrderedWorkersTests
{
    [Fact]
    public async Task Results_come_in_input_order_even_when_later_ones_finish_first()
    {
        var consumer = new Recorder(null);
        await OrderedWorkers.RunAsync(Enumerable.Range(0, 200), i =>
        {
            Thread.Sleep(i % 7 == 0 ? 5 : 0); // some early items are slow
            return i * 10;
        }, consumer, workers: 4, capacity: 8, default);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 10), consumer.Items);
    }

    [Fact]
    public async Task No_more_than_the_capacity_is_read_ahead_of_the_consumer()
    {
        var read = 0;
        var consumer = new Recorder(null);
        var maxAhead = 0;
        consumer.OnConsume = () =>
        {
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - consumer.Items.Count);
            Thread.Sleep(1);
        };
        var inputs = Enumerable.Range(0, 300).Select(i =>
        {
            Interlocked.Increment(ref read);
            return i;
        });

        await OrderedWorkers.RunAsync(inputs, i => i, consumer, workers: 3, capacity: 5, default);

        Assert.Equal(300, consumer.Items.Count);
        Assert.InRange(maxAhead, 0, 5 + 2);
    }

    [Fact]
    public async Task A_late_result_gives_the_consumer_an_idle_moment_and_the_end_gives_one_more()
    {
        // Item 1 is late by 300 ms counted from the moment item 0 was consumed, however the threads are scheduled.
        using var firstConsumed = new ManualResetEventSlim();
        var consumer = new Recorder(TimeSpan.FromMilliseconds(20)) { OnConsume = firstConsumed.Set };
        await OrderedWorkers.RunAsync(Enumerable.Range(0, 3), SecondLate(firstConsumed, 300), consumer, workers: 2, capacity: 4, default);

        Assert.Equal([0, 1, 2], consumer.Items);
        Assert.Equal(["0", "idle", "1", "2", "idle"], consumer.Log);
    }

    [Fact]
    public async Task A_late_result_ends_the_consumers_wait_as_soon_as_it_is_ready_not_at_the_idle_time()
    {
        // The consumer would idle after 60 s; item 1 comes 200 ms after item 0 was consumed: the wait ends then, with no idle moment.
        using var firstConsumed = new ManualResetEventSlim();
        var consumer = new Recorder(TimeSpan.FromSeconds(60)) { OnConsume = firstConsumed.Set };
        await OrderedWorkers.RunAsync(Enumerable.Range(0, 3), SecondLate(firstConsumed, 200), consumer, workers: 2, capacity: 4, default);

        Assert.Equal(["0", "1", "2", "idle"], consumer.Log);
    }

    [Fact]
    public async Task A_late_result_that_fails_reaches_the_caller_as_its_own_exception()
    {
        using var firstConsumed = new ManualResetEventSlim();
        var consumer = new Recorder(TimeSpan.FromSeconds(60)) { OnConsume = firstConsumed.Set };
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            OrderedWorkers.RunAsync(Enumerable.Range(0, 3), SecondLate(firstConsumed, 100, fails: true), consumer, workers: 2, capacity: 4, default));

        Assert.Equal("late and broken", ex.Message);
        Assert.Equal([0], consumer.Items);
    }

    /// <summary>Work that returns its input at once, except item 1: <paramref name="lateMs"/> after item 0 was consumed (then it fails, if asked).</summary>
    private static Func<int, int> SecondLate(ManualResetEventSlim firstConsumed, int lateMs, bool fails = false) => i =>
    {
        if (i == 1)
        {
            firstConsumed.Wait(TimeSpan.FromSeconds(30));
            Thread.Sleep(lateMs);
            if (fails)
            {
                throw new InvalidOperationException("late and broken");
            }
        }

        return i;
    };

    [Fact]
    public async Task Cancellation_stops_the_reading_and_what_was_read_is_still_consumed()
    {
        using var cts = new CancellationTokenSource();
        var consumer = new Recorder(null) { OnConsume = () => cts.Cancel() };
        await OrderedWorkers.RunAsync(Enumerable.Range(0, 10_000), i => i, consumer, workers: 2, capacity: 4, cts.Token);

        Assert.InRange(consumer.Items.Count, 1, 20);
        Assert.Equal(Enumerable.Range(0, consumer.Items.Count), consumer.Items);
    }

    [Fact]
    public async Task The_consumer_runs_on_one_thread_of_its_own_from_the_first_result_to_the_last_idle_moment()
    {
        var threads = new HashSet<int>();
        var pool = false;
        void Seen()
        {
            threads.Add(Environment.CurrentManagedThreadId);
            pool |= Thread.CurrentThread.IsThreadPoolThread;
        }

        var consumer = new Recorder(TimeSpan.FromMilliseconds(1)) { OnConsume = Seen, OnIdle = Seen };
        await OrderedWorkers.RunAsync(Enumerable.Range(0, 300), i =>
        {
            Thread.Sleep(i % 50 == 0 ? 5 : 0); // late results: the consumer waits for them, and gets idle moments
            return i;
        }, consumer, workers: 2, capacity: 4, default);

        Assert.Equal(Enumerable.Range(0, 300), consumer.Items);
        Assert.Contains("idle", consumer.Log);
        Assert.Single(threads);
        Assert.False(pool);
    }

    private sealed class Recorder(TimeSpan? idleAfter) : IOrderedConsumer<int>
    {
        public List<int> Items { get; } = [];

        public List<string> Log { get; } = [];

        public Action? OnConsume { get; set; }

        public Action? OnIdle { get; set; }

        public TimeSpan? IdleAfter => Items.Count == 0 ? null : idleAfter;

        public void Consume(int item)
        {
            OnConsume?.Invoke();
            Items.Add(item);
            Log.Add(item.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        public void Idle()
        {
            OnIdle?.Invoke();
            Log.Add("idle");
        }
    }
}
