namespace KnowledgeGraph.Bolt;

/// <summary>Driver settings. Encryption and certificate trust come from the URI scheme.</summary>
public sealed class BoltDriverOptions
{
    /// <summary>Records requested per PULL.</summary>
    public int FetchSize { get; set; } = 1000;

    /// <summary>Time allowed to open a connection (TCP, TLS, handshake and authentication).</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one message from the server may take before the connection is treated as lost (retried like any lost
    /// connection). The server's <c>connection.recv_timeout_seconds</c> hint replaces it for connections to that server.
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits for ever.
    /// </summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time budget for retrying a managed transaction.</summary>
    public TimeSpan MaxRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public double RetryDelayMultiplier { get; set; } = 2.0;

    /// <summary>Relative jitter: each delay is multiplied by a random factor in [1 - jitter, 1 + jitter].</summary>
    public double RetryDelayJitter { get; set; } = 0.2;

    /// <summary>Sent in HELLO as <c>user_agent</c>.</summary>
    public string UserAgent { get; set; } = "KnowledgeGraph/1.0";

    /// <summary>Idle connections kept per server.</summary>
    public int MaxIdleConnectionsPerServer { get; set; } = 16;

    /// <summary>Waits between retries; replace in tests to avoid sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;

    /// <summary>Clock used for the retry budget and routing table expiry.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Source of jitter (0..1); replace in tests for exact delays.</summary>
    public Func<double> Random { get; set; } = System.Random.Shared.NextDouble;

    /// <summary>Optional diagnostics sink. Credentials are never written to it.</summary>
    public Action<string>? Log { get; set; }
}
