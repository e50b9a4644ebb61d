using System.Threading.Channels;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>What receives the results of <see cref="OrderedWorkers"/>, one at a time and in input order.</summary>
public interface IOrderedConsumer<in T>
{
    /// <summary>How long the consumer may wait for the next result before it wants <see cref="Idle"/>; null: it has nothing to flush.</summary>
    TimeSpan? IdleAfter { get; }

    void Consume(T item);

    /// <summary>The next result is not ready within <see cref="IdleAfter"/> (or the input ended): a good moment to flush.</summary>
    void Idle();
}

/// <summary>
/// read -> work on N threads -> one consumer. The read stage runs on the calling side in input order;
/// the work (extraction) runs on <c>workers</c> threads; the consumer gets every result in input order.
/// At most <c>capacity</c> items are between the read stage and the consumer, so memory is bounded
/// whatever the speed of each stage.
/// </summary>
public static class OrderedWorkers
{
    public static async Task RunAsync<TIn, TOut>(
        IEnumerable<TIn> inputs, Func<TIn, TOut> work, IOrderedConsumer<TOut> consumer, int workers, int capacity, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var options = new BoundedChannelOptions(capacity) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait };
        var pending = Channel.CreateBounded<Job<TIn, TOut>>(options);
        var ordered = Channel.CreateBounded<Job<TIn, TOut>>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });

        using var abort = new CancellationTokenSource();
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    // Cancellation stops the reading; what was read is still worked and consumed.
                    foreach (var input in inputs)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            break;
                        }

                        var job = new Job<TIn, TOut>(input);
                        await ordered.Writer.WriteAsync(job, abort.Token).ConfigureAwait(false);
                        await pending.Writer.WriteAsync(job, abort.Token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (abort.IsCancellationRequested)
                {
                    // The consumer failed: nothing more is read.
                }
                finally
                {
                    pending.Writer.Complete();
                    ordered.Writer.Complete();
                }
            },
            CancellationToken.None);

        var threads = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var job in pending.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    try
                    {
                        job.Result.SetResult(work(job.Input));
                    }
                    catch (Exception ex)
                    {
                        job.Result.SetException(ex);
                    }
                }
            },
            CancellationToken.None)).ToList();

        // The consumer (the store's writer in ingest) runs on a thread of its own, not on whichever pool thread
        // resumes an await: its work stays on one core's caches, SQLite's allocations stay in one malloc arena (the
        // writer hopping over pool threads spread them over several, which grew the resident memory), and its CPU
        // time can be read apart (the thread is named "kg consumer" in /proc/PID/task/*/comm).
        var consumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Consume(ordered.Reader, consumer);
                consumed.SetResult();
            }
            catch (Exception ex)
            {
                consumed.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "kg consumer",
        };
        thread.Start();
        try
        {
            await consumed.Task.ConfigureAwait(false);
        }
        catch
        {
            abort.Cancel();
            throw;
        }
        finally
        {
            await producer.ConfigureAwait(false);
            await Task.WhenAll(threads).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Hands every result to the consumer in input order, blocking its own thread while the next one is not ready. The wait
    /// for a late result is a blocking wait on the task with a time-out, not a timer: a timer's callback needs a pool thread,
    /// which a busy pool may give only after the result itself. (Task.Wait's wake-up is set inline by the worker that completes
    /// the task, even under RunContinuationsAsynchronously; the task's AsyncWaitHandle, used before, made a finalizable
    /// kernel-event wrapper for every late result.)
    /// </summary>
    private static void Consume<TIn, TOut>(ChannelReader<Job<TIn, TOut>> reader, IOrderedConsumer<TOut> consumer)
    {
        while (reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var job))
            {
                var task = job.Result.Task;
                if (!task.IsCompleted && consumer.IdleAfter is { } wait && (wait <= TimeSpan.Zero || !Finished(task, wait)))
                {
                    consumer.Idle();
                }

                consumer.Consume(task.GetAwaiter().GetResult());
            }
        }

        consumer.Idle();
    }

    /// <summary>Whether <paramref name="task"/> ends within <paramref name="wait"/>; a failed task has ended (its error comes with its result).</summary>
    private static bool Finished(Task task, TimeSpan wait)
    {
        try
        {
            return task.Wait(wait);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    private sealed class Job<TIn, TOut>(TIn input)
    {
        public TIn Input { get; } = input;

        public TaskCompletionSource<TOut> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
