namespace KnowledgeGraph.Extraction.Relations;

/// <summary>One family of relations read from one sentence at a time.</summary>
internal interface IRelationRule
{
    void Apply(RelationContext context, SentenceView sentence);
}
