namespace KnowledgeGraph.Cli.Service;

/// <summary>
/// The failure that stopped a hosted service of <c>kg run</c>: the service records it and asks the
/// host to stop; <c>kg run</c> then reports it as one line with its exit code.
/// </summary>
public sealed class ServiceFailure
{
    private Exception? _error;

    public Exception? Error => _error;

    /// <summary>Keeps the first failure only.</summary>
    public void Record(Exception error) => Interlocked.CompareExchange(ref _error, error, null);
}
