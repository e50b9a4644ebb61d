using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Cli.Options;

/// <summary>Ingestion and the inbox of <c>kg run</c>: section <c>Ingest</c>.</summary>
public sealed class IngestOptions : IValidatableObject
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

    /// <summary>The encoding of every text file (e.g. koi8-r, ibm866, windows-1251); empty to detect it.</summary>
    public string? Encoding { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Encoding) && KnowledgeGraph.Sources.TextDecoder.Find(Encoding) is null)
        {
            yield return new ValidationResult(
                $"Ingest:Encoding: unknown encoding '{Hosting.TerminalText.Safe(Encoding)}' (e.g. utf-8, windows-1251, koi8-r, ibm866, iso-8859-5)", [nameof(Encoding)]);
        }
    }
}
