using System.Collections.Concurrent;

namespace KnowledgeGraph.Feeds.Http;

/// <summary>
/// Politeness towards each site: one request at a time per host (its whole exchange, body
/// included), and at least the minimum delay between the end of one and the start of the next.
/// </summary>
public sealed class HostGate(TimeSpan minDelay, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    private DateTimeOffset NextTurn => clock.GetUtcNow() + minDelay;

    /// <summary>Waits for the host's turn; disposing the lease ends the turn and starts the delay.</summary>
    public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var slot = _slots.GetOrAdd(uri.Authority, _ => new Slot());
        await slot.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = slot.NextAllowed - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            slot.Lock.Release();
            throw;
        }

        return new Lease(this, slot);
    }

    private sealed class Slot
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(HostGate gate, Slot slot) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                slot.NextAllowed = gate.NextTurn;
                slot.Lock.Release();
            }
        }
    }
}
