using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Cli.Options;

/// <summary>The embedded store: section <c>Store</c>.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Store:Path must name the store file (default kg-data/graph.db).")]
    public string Path { get; set; } = "kg-data/graph.db";
}
