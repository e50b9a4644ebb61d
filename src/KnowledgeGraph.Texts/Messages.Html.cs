namespace KnowledgeGraph.Texts;

/// <summary>The texts of the HTML view (handed to its script by key).</summary>
public sealed partial class Messages
{
    /// <summary>Key to text, for the page's script; every key the script reads is here.</summary>
    public IReadOnlyDictionary<string, string> HtmlTexts => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["search"] = T("Find a node by name or alias…", "Найти узел по имени или псевдониму…"),
        ["searchLabel"] = T("Search", "Поиск"),
        ["fit"] = T("Whole graph", "Весь граф"),
        ["fitTitle"] = T("Show the whole graph", "Показать весь граф"),
        ["articles"] = T("Articles and mentions", "Статьи и упоминания"),
        ["hint"] = T(
            "Click a node or a relationship to see its properties and source sentences. Wheel zooms, dragging pans.",
            "Нажмите на узел или связь, чтобы увидеть свойства и предложения-источники. Колесо — масштаб, перетаскивание — сдвиг."),
        ["properties"] = T("Properties", "Свойства"),
        ["aliases"] = T("Aliases", "Псевдонимы"),
        ["relationships"] = T("Relationships", "Связи"),
        ["evidence"] = T("Evidence", "Свидетельства"),
        ["key"] = T("key", "ключ"),
        ["degree"] = T("degree", "степень"),
        ["mentionCount"] = T("mentions", "упоминаний"),
        ["noMatch"] = T("No node matches", "Ничего не найдено"),
    };

    /// <summary>"drawn: 5,000 nodes of 6,200".</summary>
    public string Shown(string shown, string all) => T($"drawn: {shown} of {all}", $"показано: {shown} из {all}");
}
