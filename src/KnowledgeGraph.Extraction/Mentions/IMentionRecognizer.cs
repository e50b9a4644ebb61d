namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>One grammar: reads the context and adds the mentions of one kind it finds.</summary>
public interface IMentionRecognizer
{
    void Recognize(MentionContext context);
}
