namespace KnowledgeGraph.Bolt;

/// <summary>
/// Runs a unit of work again after retryable failures, with exponential back-off and jitter, until the time budget
/// (<see cref="BoltDriverOptions.MaxRetryTime"/>) is spent; then the last error is thrown.
/// </summary>
internal sealed class RetryPolicy(BoltDriverOptions options)
{
    public async Task<T> ExecuteAsync<T>(Func<int, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var started = options.TimeProvider.GetTimestamp();
        var delay = options.InitialRetryDelay;
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            try
            {
                return await attempt(attemptNumber).ConfigureAwait(false);
            }
            catch (Exception ex) when (ErrorClassifier.IsRetryable(ex) && !cancellationToken.IsCancellationRequested)
            {
                if (options.TimeProvider.GetElapsedTime(started) >= options.MaxRetryTime)
                {
                    options.Log?.Invoke($"[retry] giving up after {attemptNumber} attempts: {ex.GetType().Name}");
                    throw;
                }

                var wait = Jittered(delay);
                options.Log?.Invoke($"[retry] attempt {attemptNumber} failed ({ex.GetType().Name}); retrying in {wait.TotalMilliseconds:0} ms");
                await options.Delay(wait, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks((long)Math.Min(delay.Ticks * options.RetryDelayMultiplier, TimeSpan.MaxValue.Ticks / 2.0));
            }
        }
    }

    /// <summary>The delay times a random factor in [1 - jitter, 1 + jitter].</summary>
    public TimeSpan Jittered(TimeSpan delay)
    {
        var factor = 1 + options.RetryDelayJitter * (2 * options.Random() - 1);
        return TimeSpan.FromTicks((long)(delay.Ticks * Math.Max(0, factor)));
    }
}
