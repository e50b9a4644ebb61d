using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Options;

/// <summary>The embedded store: section <c>Store</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Store:Path must name the store file (default kg-data/graph.db).")]
    public string Path { get; set; } = "kg-data/graph.db";

    /// <summary>SQLite's page cache, in MiB.</summary>
    [Range(1, 4096, ErrorMessage = "Store:CacheMegabytes must be between 1 and 4096.")]
    public int CacheMegabytes { get; set; } = StoreTuning.Default.CacheMegabytes;

    /// <summary>Pages (4 KiB) the write-ahead log gathers before they are copied into the database file.</summary>
    [Range(100, 1_000_000, ErrorMessage = "Store:CheckpointPages must be between 100 and 1000000.")]
    public int CheckpointPages { get; set; } = StoreTuning.Default.CheckpointPages;

    /// <summary>A group of articles (one transaction) closes at this many articles ...</summary>
    [Range(1, 100_000, ErrorMessage = "Store:GroupArticles must be between 1 and 100000.")]
    public int GroupArticles { get; set; } = 1000;

    /// <summary>... or this many milliseconds after its first article, whichever comes first.</summary>
    [Range(1, 60_000, ErrorMessage = "Store:GroupMilliseconds must be between 1 and 60000.")]
    public int GroupMilliseconds { get; set; } = 2000;

    public StoreTuning Tuning => new() { CacheMegabytes = CacheMegabytes, CheckpointPages = CheckpointPages };
}
