using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Feeds.Options;

/// <summary>How feeds and pages are fetched: section <c>Fetch</c>.</summary>
public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>The same limit as for files (8 MiB).</summary>
    public const long DefaultMaxBytes = 8L * 1024 * 1024;

    /// <summary>Minimum time between two requests to one host (requests to one host never overlap).</summary>
    [Range(0, 3600, ErrorMessage = "Fetch:MinDelaySeconds must be between 0 and 3600.")]
    public double MinDelaySeconds { get; set; } = 1;

    /// <summary>One attempt's limit until the answer's headers arrive, and again for reading its body.</summary>
    [Range(0.05, 600, ErrorMessage = "Fetch:TimeoutSeconds must be between 0.05 and 600.")]
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Further attempts after a 5xx answer, a 408/429, a lost connection or a timeout.</summary>
    [Range(0, 10, ErrorMessage = "Fetch:Retries must be between 0 and 10.")]
    public int Retries { get; set; } = 3;

    /// <summary>The first wait before a retry; it doubles (with jitter) each time.</summary>
    [Range(0, 600, ErrorMessage = "Fetch:RetryDelaySeconds must be between 0 and 600.")]
    public double RetryDelaySeconds { get; set; } = 2;

    [Range(1, long.MaxValue, ErrorMessage = "Fetch:MaxBytes must be positive.")]
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    [Range(0, 20, ErrorMessage = "Fetch:MaxRedirects must be between 0 and 20.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The longest wait before polling a feed that keeps failing (the wait doubles per failure).</summary>
    [Range(1, 7 * 24 * 3600, ErrorMessage = "Fetch:MaxBackoffSeconds must be between 1 and 604800.")]
    public double MaxBackoffSeconds { get; set; } = 3600;
}
