namespace KnowledgeGraph.Texts;

/// <summary>The counted nouns of every message, in one place.</summary>
public static class Nouns
{
    public static readonly Noun Entity = new("entity", "сущность", "сущности", "сущностей");
    public static readonly Noun Article = new("article", "статья", "статьи", "статей");
    public static readonly Noun Relationship = new("relationship", "связь", "связи", "связей");
    public static readonly Noun MentionsLink = new("MENTIONS link", "связь MENTIONS", "связи MENTIONS", "связей MENTIONS");
    public static readonly Noun Node = new("node", "узел", "узла", "узлов");
    public static readonly Noun Hop = new("hop", "шаг", "шага", "шагов");
}
