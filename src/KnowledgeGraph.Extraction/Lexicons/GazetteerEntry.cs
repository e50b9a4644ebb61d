namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>One name a gazetteer knows: the label of what it names, its canonical form and optional tags.</summary>
public sealed record GazetteerEntry(string Label, string Canonical, string Tags = "");

/// <summary>A gazetteer hit: tokens [Start, End) of the text.</summary>
public readonly record struct GazetteerMatch(int Start, int End, GazetteerEntry Entry);
