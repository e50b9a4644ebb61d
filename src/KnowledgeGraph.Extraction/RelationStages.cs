namespace KnowledgeGraph.Extraction;

/// <summary>The relation stage <see cref="ArticleExtractor"/> uses when none is given.</summary>
public static class RelationStages
{
    /// <summary>The one line to change when the relation rules land.</summary>
    public static IRelationStage CreateDefault(Lexicons.LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        return new Relations.DefaultRelationStage();
    }
}
