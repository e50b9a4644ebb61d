using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>An event noun found in a sentence: its kind, the head token, the name this mention gives it, whether that name is proper, and the sentence's date.</summary>
internal sealed record EventMention(string Kind, int Sentence, int First, int Head, string Name, TextSpan Span)
{
    public bool Proper { get; init; }

    public string? Date { get; init; }
}
