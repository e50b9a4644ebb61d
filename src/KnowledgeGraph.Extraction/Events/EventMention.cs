using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>An event noun found in a sentence: its kind, the head token, and the name this mention gives it.</summary>
internal sealed record EventMention(string Kind, int Sentence, int First, int Head, string Name, TextSpan Span);
