using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The Neo4j sink: section <c>Neo4j</c>. An empty <see cref="Uri"/> means no Neo4j: the embedded
/// store works alone. The password comes from configuration, the environment
/// (<c>Neo4j__Password</c>) or user secrets, and is never logged or printed.
/// </summary>
public sealed class Neo4jOptions : IValidatableObject
{
    public const string Section = "Neo4j";

    private static readonly string[] Schemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

    /// <summary>e.g. <c>bolt://localhost:7687</c> or <c>neo4j+s://host</c>.</summary>
    public string? Uri { get; set; }

    public string User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>The database; empty for the server's default.</summary>
    public string? Database { get; set; }

    /// <summary>Rows per <c>UNWIND $rows</c> batch; one transaction per batch.</summary>
    [Range(1, 100_000, ErrorMessage = "Neo4j:BatchSize must be between 1 and 100000.")]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Articles of the backlog whose rows are gathered into shared batches (the articles are marked sent when all their batches are committed).</summary>
    [Range(1, 100_000, ErrorMessage = "Neo4j:SyncArticles must be between 1 and 100000.")]
    public int SyncArticles { get; set; } = 250;

    /// <summary>Time budget for retrying one transaction (transient errors, leader changes).</summary>
    [Range(0, 3600, ErrorMessage = "Neo4j:MaxRetrySeconds must be between 0 and 3600.")]
    public double MaxRetrySeconds { get; set; } = 30;

    /// <summary>
    /// How long one answer from Neo4j may take before the connection is given up as lost and the transaction retried;
    /// the server's own hint (<c>connection.recv_timeout_seconds</c>) replaces it when it sends one.
    /// </summary>
    [Range(0.1, 86400, ErrorMessage = "Neo4j:ReadTimeoutSeconds must be between 0.1 and 86400.")]
    public double ReadTimeoutSeconds { get; set; } = 30;

    /// <summary>How often <c>kg run</c> looks at the backlog.</summary>
    [Range(0.05, 3600, ErrorMessage = "Neo4j:SyncPollSeconds must be between 0.05 and 3600.")]
    public double SyncPollSeconds { get; set; } = 2;

    /// <summary>The first wait after a failed send; it doubles with each failure up to <see cref="MaxBackoffSeconds"/>.</summary>
    [Range(0, 3600, ErrorMessage = "Neo4j:InitialBackoffSeconds must be between 0 and 3600.")]
    public double InitialBackoffSeconds { get; set; } = 2;

    [Range(0, 86400, ErrorMessage = "Neo4j:MaxBackoffSeconds must be between 0 and 86400.")]
    public double MaxBackoffSeconds { get; set; } = 300;

    public bool Enabled => !string.IsNullOrWhiteSpace(Uri);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        var scheme = Uri!.Split("://", 2)[0].ToLowerInvariant();
        if (!Uri.Contains("://", StringComparison.Ordinal) || !Schemes.Contains(scheme))
        {
            yield return new ValidationResult(
                $"Neo4j:Uri must start with one of {string.Join(", ", Schemes.Select(s => s + "://"))} (got '{scheme}').", [nameof(Uri)]);
        }
    }

    /// <summary>For messages: the URI and user, never the password.</summary>
    public override string ToString() => $"{Uri} as {User}";
}
