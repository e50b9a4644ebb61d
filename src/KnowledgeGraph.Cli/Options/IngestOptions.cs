using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Cli.Options;

/// <summary>Ingestion and the inbox of <c>kg run</c>: section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The folder <c>kg run</c> watches for new articles.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Ingest:Inbox must name the inbox folder (default inbox).")]
    public string Inbox { get; set; } = "inbox";

    /// <summary>How often the inbox is scanned, in seconds.</summary>
    [Range(0.05, 3600, ErrorMessage = "Ingest:PollSeconds must be between 0.05 and 3600.")]
    public double PollSeconds { get; set; } = 1;

    /// <summary>A file must be left unchanged this long before it is taken (it may still be being written).</summary>
    [Range(0, 3600, ErrorMessage = "Ingest:SettleSeconds must be between 0 and 3600.")]
    public double SettleSeconds { get; set; } = 0.5;

    /// <summary>Files larger than this are refused unread.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Ingest:MaxFileBytes must be positive.")]
    public long MaxFileBytes { get; set; } = KnowledgeGraph.Sources.ArticleReader.DefaultMaxBytes;

    /// <summary>Threads that extract articles; 0: one per processor.</summary>
    [Range(0, 256, ErrorMessage = "Ingest:Workers must be between 0 (one per processor) and 256.")]
    public int Workers { get; set; }

    /// <summary>Articles at most between reading and storing (bounds the memory whatever the speed of each stage).</summary>
    [Range(1, 100_000, ErrorMessage = "Ingest:QueueLength must be between 1 and 100000.")]
    public int QueueLength { get; set; } = 64;

    public int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;
}
