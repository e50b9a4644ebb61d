using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Cli.Options;

/// <summary>Ingestion and the inbox of <c>kg run</c>: section <c>Ingest</c>.</summary>
public sealed class IngestOptions : IValidatableObject
{
    public const string Section = "Ingest";

    /// <summary>The folder <c>kg run</c> watches for new articles.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.IngestInbox))]
    public string Inbox { get; set; } = "inbox";

    /// <summary>How often the inbox is scanned, in seconds.</summary>
    [Range(0.05, 3600, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.IngestPollSeconds))]
    public double PollSeconds { get; set; } = 1;

    /// <summary>A file must be left unchanged this long before it is taken (it may still be being written).</summary>
    [Range(0, 3600, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.IngestSettleSeconds))]
    public double SettleSeconds { get; set; } = 0.5;

    /// <summary>Files larger than this are refused unread.</summary>
    [Range(1, long.MaxValue, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.IngestMaxFileBytes))]
    public long MaxFileBytes { get; set; } = KnowledgeGraph.Sources.ArticleReader.DefaultMaxBytes;

    /// <summary>Threads that extract articles; 0: one per processor.</summary>
    [Range(0, 256, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.IngestWorkers))]
    public int Workers { get; set; }

    /// <summary>
    /// Articles at most between reading and storing (bounds the memory whatever the speed of each stage). Short: a graph
    /// waiting for the writer survives collections and is copied into older generations (ingest of 10,000, README figures:
    /// 64 promoted 340 MiB out of gen0 and 133 out of gen1, 16 promoted 192 and 49, with 8 instead of 21 gen2 collections).
    /// </summary>
    [Range(1, 100_000, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.IngestQueueLength))]
    public int QueueLength { get; set; } = 16;

    public int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;

    /// <summary>The encoding of every text file (e.g. koi8-r, ibm866, windows-1251); empty to detect it.</summary>
    public string? Encoding { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Encoding) && KnowledgeGraph.Sources.TextDecoder.Find(Encoding) is null)
        {
            yield return new ValidationResult(
                KnowledgeGraph.Texts.Messages.Current.UnknownEncoding(Hosting.TerminalText.Safe(Encoding)), [nameof(Encoding)]);
        }
    }
}
