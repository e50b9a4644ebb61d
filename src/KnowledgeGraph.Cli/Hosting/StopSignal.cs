using System.Runtime.InteropServices;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the first one cancels <see cref="Token"/> (the article under
/// way stops at its next cancellation check, the verb stops with exit code 130); a second one ends the
/// process at once.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _cts;
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    public StopSignal(CancellationToken outer)
    {
        _cts = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _cts.Token;

    /// <summary>True once a signal arrived.</summary>
    public bool Signalled { get; private set; }

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _cts.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = !Signalled;
        Signalled = true;
        _cts.Cancel();
    }
}
