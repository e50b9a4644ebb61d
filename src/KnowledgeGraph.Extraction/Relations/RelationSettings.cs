namespace KnowledgeGraph.Extraction.Relations;

/// <summary>What the relation stage may add beyond what the text says.</summary>
public sealed record RelationSettings
{
    public static RelationSettings Default { get; } = new();

    /// <summary>
    /// Relationships known from a lexicon rather than read in the text (a city's country from the
    /// gazetteer): marked <c>source: "lexicon"</c>, with no evidence sentence. False leaves them out.
    /// </summary>
    public bool LexiconEdges { get; init; } = true;
}
