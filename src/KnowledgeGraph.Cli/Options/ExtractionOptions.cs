namespace KnowledgeGraph.Cli.Options;

/// <summary>The extractor: section <c>Extraction</c>.</summary>
public sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>Folder of lexicons; empty means the one shipped beside the program.</summary>
    public string? LexiconPath { get; set; }

    /// <summary>
    /// Relationships known from a lexicon rather than read in the text (a city's country from the gazetteer),
    /// marked <c>source: "lexicon"</c> with no evidence; false leaves them out.
    /// </summary>
    public bool LexiconEdges { get; set; } = true;
}
