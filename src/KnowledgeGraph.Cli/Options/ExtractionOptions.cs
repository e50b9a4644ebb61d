namespace KnowledgeGraph.Cli.Options;

/// <summary>The extractor: section <c>Extraction</c>.</summary>
public sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>Folder of lexicons; empty means the one shipped beside the program.</summary>
    public string? LexiconPath { get; set; }
}
