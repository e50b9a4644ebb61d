using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Options;

/// <summary>The embedded store: section <c>Store</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.StorePath))]
    public string Path { get; set; } = "kg-data/graph.db";

    /// <summary>SQLite's page cache, in MiB.</summary>
    [Range(1, 4096, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.StoreCacheMegabytes))]
    public int CacheMegabytes { get; set; } = StoreTuning.Default.CacheMegabytes;

    /// <summary>Pages (4 KiB) the write-ahead log gathers before they are copied into the database file.</summary>
    [Range(100, 1_000_000, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.StoreCheckpointPages))]
    public int CheckpointPages { get; set; } = StoreTuning.Default.CheckpointPages;

    /// <summary>Stores up to this size (MiB) are checked whole at each write open; larger ones only after an unclean close.</summary>
    [Range(0, 1_048_576, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.StoreCheckMegabytes))]
    public int CheckMegabytes { get; set; } = StoreTuning.Default.CheckMegabytes;

    /// <summary>A group of articles (one transaction) closes at this many articles ...</summary>
    [Range(1, 100_000, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.StoreGroupArticles))]
    public int GroupArticles { get; set; } = 1000;

    /// <summary>... or this many milliseconds after its first article, whichever comes first.</summary>
    [Range(1, 60_000, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.StoreGroupMilliseconds))]
    public int GroupMilliseconds { get; set; } = 2000;

    public StoreTuning Tuning => new() { CacheMegabytes = CacheMegabytes, CheckpointPages = CheckpointPages, CheckMegabytes = CheckMegabytes };
}
