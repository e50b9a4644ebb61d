namespace KnowledgeGraph.Texts;

/// <summary>The summaries kg prints: ingest, status and export, in the one vocabulary of counts.</summary>
public sealed partial class Messages
{
    /// <summary>"3 articles read: 2 stored, 1 skipped (already stored), no failures; added 15 entities, 2 articles, 20 relationships".</summary>
    public string IngestSummary(long read, long stored, long skipped, long failed, long entitiesAdded, long relationshipsAdded) =>
        T($"{Nouns.Article.Count(read, Language)} read: {stored} stored, {skipped} skipped (already stored), ",
          $"прочитано: {Nouns.Article.Count(read, Language)}; сохранено {stored}, пропущено {skipped} (уже в хранилище), ")
        + (failed == 0 ? T("no failures", "ошибок нет") : T($"{failed} failed", $"с ошибкой: {failed}"))
        + T("; added ", "; добавлено: ")
        + $"{Nouns.Entity.Count(entitiesAdded, Language)}, {Nouns.Article.Count(stored, Language)}, {Nouns.Relationship.Count(relationshipsAdded, Language)}";

    /// <summary>"store kg-data/graph.db: 35 entities, 1 article, 40 relationships (and 35 MENTIONS links, counted apart)".</summary>
    public string StoreLine(string path, GraphCounts counts) => T($"store {path}: ", $"хранилище {path}: ") + counts.Describe(Language);

    /// <summary>"wrote 35 entities, … to out.html".</summary>
    public string Wrote(GraphCounts counts, string path) => T($"wrote {counts.Describe(Language)} to {path}", $"записано в {path}: {counts.Describe(Language)}");

    /// <summary>The lines of <c>kg status</c>: a name and a value each, names padded to one column.</summary>
    public IReadOnlyList<(string Name, string Value)> StatusLines(string path, GraphCounts counts, long pending, string neo4j) =>
    [
        (T("store", "хранилище"), path),
        (T("entities", "сущности"), counts.Entities.ToString("N0", Language.Culture())),
        (T("articles", "статьи"), counts.Articles.ToString("N0", Language.Culture())),
        (T("relationships", "связи"), counts.Relationships.ToString("N0", Language.Culture()) + T(" (without MENTIONS)", " (без MENTIONS)")),
        (T("MENTIONS links", "связи MENTIONS"), counts.Mentions.ToString("N0", Language.Culture()) + T(" (article to entity)", " (статья — сущность)")),
        ("neo4j", neo4j),
        (T("neo4j backlog", "очередь в neo4j"), T($"{Nouns.Article.Count(pending, Language)} not yet sent", $"не отправлено: {Nouns.Article.Count(pending, Language)}")),
    ];

    public string Neo4jNotConfigured => T("not configured (set Neo4j:Uri)", "не настроен (задайте Neo4j:Uri)");

    /// <summary>"last error: … (3 attempts, next at …)".</summary>
    public (string Name, string Value) LastError(string error, int attempts, DateTimeOffset? next) =>
        (T("last error", "последняя ошибка"), T($"{error} ({attempts} attempts, next at {next:u})", $"{error} (попыток: {attempts}, следующая в {next:u})"));
}
