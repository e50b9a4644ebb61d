namespace KnowledgeGraph.Texts;

/// <summary>The results of extract, sync, lookup, path and the feed lines of status, and the progress line.</summary>
public sealed partial class Messages
{
    public string ExtractSummary(long read, long written, string folder, long failed) =>
        T($"{read} read, {written} written to {folder}, {failed} failed", $"прочитано {read}, записано в {folder}: {written}, с ошибкой: {failed}");

    public string SyncSummary(long sent, string target, long failed, long waiting) =>
        T($"{sent} sent to {target}, {failed} failed, {waiting} waiting", $"отправлено в {target}: {sent}, с ошибкой: {failed}, ждут отправки: {waiting}");

    /// <summary>"· 118 stored, 2 skipped, 0 failed · 41.2/s" after the bar.</summary>
    public string ProgressCounts(long stored, long skipped, long failed, double rate) =>
        T($"{stored} stored, {skipped} skipped, {failed} failed · {rate.ToString("0.0", Language.Culture())}/s",
          $"сохранено {stored}, пропущено {skipped}, с ошибкой {failed} · {rate.ToString("0.0", Language.Culture())}/с");

    /// <summary>The comment at the head of an exported Cypher script.</summary>
    public string CypherScriptHeader(string storePath, GraphCounts counts) =>
        T($"Knowledge graph exported by kg from {storePath}\n", $"Граф знаний, выгруженный kg из {storePath}\n")
        + counts.Describe(Language) + ".\n"
        + T("Run with: cypher-shell -f FILE (or paste into Neo4j Browser). Every value is a parameter.",
            "Запуск: cypher-shell -f ФАЙЛ (или вставьте в Neo4j Browser). Каждое значение передаётся параметром.");

    public string NullServer(string uri) => T($"null Bolt server on {uri}; Ctrl+C to stop", $"пустой сервер Bolt на {uri}; Ctrl+C — остановить");

    // ---- lookup and path tables ----
    public string Field => T("Field", "Поле");

    public string Value => T("Value", "Значение");

    public string Name => T("Name", "Имя");

    public string LabelColumn => T("Label", "Метка");

    public string Key => T("Key", "Ключ");

    public string Aliases => T("Aliases", "Псевдонимы");

    public string Mentions => T("Mentions", "Упоминания");

    public string Direction => T("Dir", "Напр.");

    public string Type => T("Type", "Тип");

    public string OtherEnd => T("Other end", "Другой конец");

    public string Evidence => T("Evidence", "Свидетельство");

    public string From => T("From", "От");

    public string To => T("To", "К");

    public string Relationship => T("Relationship", "Связь");

    public string MoreEvidence(int more) => T($"(+{more} more)", $"(ещё {more})");

    public string OtherMatches => T("Other matches:", "Другие совпадения:");

    public string PathTitle(int number, int hops) => T($"path {number} ({Nouns.Hop.Count(hops, Language)})", $"путь {number} ({Nouns.Hop.Count(hops, Language)})");

    public string NoChain(int maxHops, string from, string to) =>
        T($"no chain of at most {Nouns.Relationship.Count(maxHops, Language)} between {from} and {to}",
          $"нет цепочки не длиннее {maxHops} между {from} и {to}");

    // ---- feeds in kg status ----
    public string FeedsLine(int count) => count == 0 ? T("none (set Feeds:0:Url)", "нет (задайте Feeds:0:Url)") : count.ToString(Language.Culture());

    public string FeedsName => T("feeds", "ленты");

    public string NeverPolled => T("never polled", "ещё не опрашивалась");

    public string LastPoll(DateTimeOffset at, long items) => T($"last poll {at:u}, {items} items seen", $"последний опрос {at:u}, получено материалов: {items}");

    public string NotPolled(long items) => T($"{items} items seen, not polled", $"получено материалов: {items}, не опрашивалась");

    public string FeedFailing(int failures, string error, DateTimeOffset? next) =>
        T($", FAILING ({failures} in a row): {error}; next poll {next:u}", $", СБОИТ ({failures} подряд): {error}; следующий опрос {next:u}");

    public string FeedOk(DateTimeOffset? next) => T($", ok; next poll {next:u}", $", в порядке; следующий опрос {next:u}");

    public string NoLongerConfigured => T(" (no longer configured)", " (больше не настроена)");
}
