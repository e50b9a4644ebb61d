using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>A relation stage that finds nothing: the default until the relation rules land.</summary>
public sealed class NullRelationStage : IRelationStage
{
    public IEnumerable<Relationship> Extract(DocumentAnalysis document) => [];
}
