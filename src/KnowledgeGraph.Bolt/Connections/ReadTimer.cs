namespace KnowledgeGraph.Bolt.Connections;

/// <summary>
/// The deadline of one read on a connection: a token that is cancelled when the caller cancels or when
/// <see cref="Timeout"/> passes without the read completing. One timer is reused for every read of a connection.
/// </summary>
internal sealed class ReadTimer : IDisposable
{
    private CancellationTokenSource _timer = new();

    public ReadTimer(TimeSpan timeout)
    {
        Timeout = timeout;
    }

    /// <summary>How long one message may take to arrive; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for no limit.</summary>
    public TimeSpan Timeout { get; set; }

    /// <summary>True if the last read was stopped by the deadline rather than by the caller.</summary>
    public bool Expired { get; private set; }

    /// <summary>Starts the deadline of a read; dispose the registration when the read is over.</summary>
    public (CancellationToken Token, CancellationTokenRegistration Caller) Start(CancellationToken cancellationToken)
    {
        Expired = false;
        if (!_timer.TryReset())
        {
            _timer.Dispose();
            _timer = new CancellationTokenSource();
        }

        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            _timer.CancelAfter(Timeout);
        }

        var caller = cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), _timer);
        return (_timer.Token, caller);
    }

    /// <summary>Call when the read was cancelled: tells the deadline from the caller's cancellation.</summary>
    public bool IsDeadline(CancellationToken cancellationToken)
    {
        Expired = _timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
        return Expired;
    }

    public void Dispose() => _timer.Dispose();
}
