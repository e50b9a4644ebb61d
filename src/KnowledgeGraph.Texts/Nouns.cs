namespace KnowledgeGraph.Texts;

/// <summary>The counted nouns of every message, in one place.</summary>
public static class Nouns
{
    public static readonly Noun Entity = new("entity", "entities", "сущность", "сущности", "сущностей");
    public static readonly Noun Article = new("article", "articles", "статья", "статьи", "статей");
    public static readonly Noun Relationship = new("relationship", "relationships", "связь", "связи", "связей");
    public static readonly Noun MentionsLink = new("MENTIONS link", "MENTIONS links", "связь MENTIONS", "связи MENTIONS", "связей MENTIONS");
    public static readonly Noun Node = new("node", "nodes", "узел", "узла", "узлов");
    public static readonly Noun Hop = new("hop", "hops", "шаг", "шага", "шагов");
    public static readonly Noun Core = new("core", "cores", "ядро", "ядра", "ядер");
    public static readonly Noun Item = new("item", "items", "материал", "материала", "материалов");
    public static readonly Noun Row = new("row", "rows", "строка", "строки", "строк");
    public static readonly Noun Byte = new("byte", "bytes", "байт", "байта", "байт");
    public static readonly Noun Transaction = new("transaction", "transactions", "транзакция", "транзакции", "транзакций");
}
