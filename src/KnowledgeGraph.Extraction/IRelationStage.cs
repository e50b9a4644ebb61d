using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The relation side of the extractor: reads an analysed document and yields relationships
/// between its entities. It may add entities (events) to <see cref="DocumentAnalysis.Entities"/>.
/// </summary>
public interface IRelationStage
{
    IEnumerable<Relationship> Extract(DocumentAnalysis document);
}
