namespace KnowledgeGraph.Texts;

/// <summary>The help of kg: what each verb, option and argument is for (<c>kg --help</c>, <c>kg VERB --help</c>).</summary>
public sealed partial class Messages
{
    public string HelpRoot => T(
        "kg: turns news articles into a knowledge graph (embedded SQLite store, Neo4j optional).",
        "kg: превращает новостные статьи в граф знаний (встроенное хранилище SQLite, Neo4j по желанию).");

    public string HelpHelp => T("Show help and usage information.", "Показать справку и порядок использования.");

    /// <summary>The parser's own English words its translations lack, and ours for them (none in English).</summary>
    public IReadOnlyList<(string Parser, string Ours)> HelpParserWords => Language == UiLanguage.English ? [] :
    [
        ("Description:", "Описание:"),
        ("[command]", "[команда]"),
        ("[options]", "[параметры]"),
        ("[default: ", "[по умолчанию: "),
        ("(REQUIRED)", "(ОБЯЗАТЕЛЬНО)"),
    ];

    public string HelpStore => T(
        "The store file (default kg-data/graph.db in the working directory).",
        "Файл хранилища (по умолчанию kg-data/graph.db в рабочей папке).");

    public string HelpSet => T(
        "Set a configuration value, e.g. --set Neo4j:Uri=bolt://localhost:7687 (repeatable).",
        "Задать значение настройки, например --set Neo4j:Uri=bolt://localhost:7687 (можно повторять).");

    public string HelpVerbose => T("Log each article and each step to standard error.", "Писать в стандартный поток ошибок о каждой статье и каждом шаге.");

    public string HelpLang => T(
        "Language of kg's messages and of the HTML view: en or ru (default: from the culture, e.g. LANG=ru_RU.UTF-8).",
        "Язык сообщений kg и HTML-представления: en или ru (по умолчанию по локали, например LANG=ru_RU.UTF-8).");

    public string HelpIngest => T("Read articles, extract their graphs and keep them in the store.", "Прочитать статьи, извлечь их графы и сохранить в хранилище.");

    public string HelpIngestPaths => T(
        "Article files or folders (searched recursively), or http(s) addresses of article pages.",
        "Файлы или папки со статьями (с вложенными папками) либо http(s)-адреса страниц статей.");

    public string HelpExtract => T(
        "Write the graph of each article as JSON (the graph-json contract); nothing is stored.",
        "Записать граф каждой статьи в JSON (контракт graph-json); в хранилище ничего не попадает.");

    public string HelpExtractPaths => T("Article files or folders.", "Файлы или папки со статьями.");

    public string HelpExtractOut => T("Folder for the JSON files.", "Папка для файлов JSON.");

    public string HelpFollowLinks => T(
        "Follow symbolic links inside folders (each folder and file is read once; loops end). Off by default.",
        "Переходить по символическим ссылкам внутри папок (каждая папка и файл читаются один раз, циклы обрываются). По умолчанию выключено.");

    public string HelpEncoding => T(
        "The encoding of text files (e.g. koi8-r, ibm866, windows-1251, utf-8); detected when omitted.",
        "Кодировка текстовых файлов (например koi8-r, ibm866, windows-1251, utf-8); если не задана, определяется сама.");

    public string HelpRun => T(
        "Run as a service: ingest each article that arrives in the inbox; Ctrl+C or SIGTERM stops it (exit code 130).",
        "Работать как служба: сохранять каждую статью, появившуюся во входящей папке; Ctrl+C или SIGTERM останавливает (код выхода 130).");

    public string HelpInbox => T("The folder to watch (default inbox/ in the working directory).", "Папка, за которой следить (по умолчанию inbox/ в рабочей папке).");

    public string HelpLookup => T(
        "Show the entity best matching NAME, its aliases, properties and every relationship with evidence.",
        "Показать сущность, лучше всего подходящую к NAME, её псевдонимы, свойства и все связи со свидетельствами.");

    public string HelpLookupName => T("A name or alias, in any case; the nominative works best.", "Имя или псевдоним в любом регистре; лучше всего в именительном падеже.");

    public string HelpJson => T("Machine-readable output for scripts.", "Машиночитаемый вывод для скриптов.");

    public string HelpSource => T("Answer from the embedded store or from Neo4j.", "Отвечать из встроенного хранилища или из Neo4j.");

    public string HelpPath => T(
        "Show the shortest chains of relationships between two entities (MENTIONS not followed).",
        "Показать кратчайшие цепочки связей между двумя сущностями (без MENTIONS).");

    public string HelpPathFrom => T("The first entity (name or alias).", "Первая сущность (имя или псевдоним).");

    public string HelpPathTo => T("The second entity (name or alias).", "Вторая сущность (имя или псевдоним).");

    public string HelpMaxHops => T("The longest chain looked for (1-20, default 6).", "Самая длинная искомая цепочка (1-20, по умолчанию 6).");

    public string HelpExport => T(
        "Export the graph: cypher (a script for cypher-shell -f and Neo4j Browser), json, graphml or html.",
        "Выгрузить граф: cypher (скрипт для cypher-shell -f и Neo4j Browser), json, graphml или html.");

    public string HelpFormat => T("Output format.", "Формат вывода.");

    public string HelpExportOut => T("Output file (standard output when omitted).", "Файл вывода (если не задан, стандартный вывод).");

    public string HelpArticle => T("Only this article's graph (its key, or a unique prefix of it).", "Только граф этой статьи (её ключ или его однозначное начало).");

    public string HelpAround => T("Only the graph around the entity best matching this name.", "Только граф вокруг сущности, лучше всего подходящей к этому имени.");

    public string HelpDepth => T("With --around: how many relationships away (0-20, default 2).", "С --around: на сколько связей в глубину (0-20, по умолчанию 2).");

    public string HelpStatus => T(
        "Show the store's counts and the backlog of articles not yet sent to Neo4j.",
        "Показать, сколько всего в хранилище и сколько статей ещё не отправлено в Neo4j.");

    public string HelpSync => T("Send the backlog of stored articles to Neo4j (Neo4j:Uri must be set).", "Отправить в Neo4j очередь сохранённых статей (нужна настройка Neo4j:Uri).");

    public string HelpBench => T(
        "Measure extraction, store writes, Bolt encoding, the feed path (items/s), and extract/ingest/sync throughput at several corpus sizes.",
        "Измерить извлечение, запись в хранилище, кодирование Bolt, путь ленты (материалов в секунду) и пропускную способность extract/ingest/sync на корпусах разного размера.");

    public string HelpSyncAll => T(
        "Send every stored article again (after the Neo4j database was emptied, say).",
        "Отправить заново все сохранённые статьи (например, после очистки базы Neo4j).");
}
