using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Cli.Options;

/// <summary>The extractor: section <c>Extraction</c>.</summary>
public sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>Folder of lexicons; empty means the one shipped beside the program.</summary>
    public string? LexiconPath { get; set; }

    /// <summary>
    /// The longest one article may take to read and extract; past it that article fails (one
    /// line) and the others go on. 0 turns the deadline off.
    /// </summary>
    [Range(0, 86400, ErrorMessageResourceType = typeof(SettingTexts), ErrorMessageResourceName = nameof(SettingTexts.ExtractionArticleTimeoutSeconds))]
    public double ArticleTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// Relationships known from a lexicon rather than read in the text (a city's country from the gazetteer),
    /// marked <c>source: "lexicon"</c> with no evidence; false leaves them out.
    /// </summary>
    public bool LexiconEdges { get; set; } = true;
}
