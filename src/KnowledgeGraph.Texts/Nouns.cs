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
    public static readonly Noun Core = new("core", "ядро", "ядра", "ядер");
    public static readonly Noun Item = new("item", "материал", "материала", "материалов");
    public static readonly Noun Row = new("row", "строка", "строки", "строк");
    public static readonly Noun Byte = new("byte", "байт", "байта", "байт");
    public static readonly Noun Transaction = new("transaction", "транзакция", "транзакции", "транзакций");
}
