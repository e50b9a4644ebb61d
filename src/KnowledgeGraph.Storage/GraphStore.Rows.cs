using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

public sealed partial class GraphStore
{
    private readonly record struct MentionRow(string EntityKey, string Spans, string? Edge, long? EvidenceStart, long? EvidenceEnd);

    private readonly record struct AliasRow(string EntityKey, string Alias);

    private readonly record struct EvidenceRow(long RelationshipId, long Start, long End, string? Text, double? Confidence);

    /// <summary>
    /// Writes the mentions rows of the new article <paramref name="articleId"/>: one for the first entity of each key
    /// that has mentions (as INSERT OR IGNORE did row by row: a later entity of the same key got none), with the
    /// article's MENTIONS edge to it where that fits the row. Afterwards <see cref="_gotRow"/> tells, entity by
    /// entity, which got the row. Returns the MENTIONS relationships written into rows.
    /// </summary>
    private HashSet<Relationship> WriteMentions(long articleId, GraphDocument document, bool sliceable)
    {
        var edges = MentionEdges(document, sliceable);
        var inRows = new HashSet<Relationship>(ReferenceEqualityComparer.Instance);
        _mentionRows.Clear();
        _keysWithRow.Clear();
        _gotRow.Clear();
        foreach (var e in document.Entities)
        {
            var gets = e.Mentions.Count > 0 && _keysWithRow.Add(e.Key);
            _gotRow.Add(gets);
            if (!gets)
            {
                continue;
            }

            var edge = edges.TryGetValue(e.Key, out var found) ? found.Edge : null;
            if (edge is not null)
            {
                inRows.Add(found.Relationship);
            }

            _mentionRows.Add(new MentionRow(e.Key, Spans(e.Mentions), edge?.Properties, edge?.EvidenceStart, edge?.EvidenceEnd));
        }

        var insert = _insertMentions ??= new RowInsert(_connection, "INSERT OR IGNORE INTO mentions(article_id, entity_key, spans, edge, evidence_start, evidence_end)", 6);
        var written = insert.Write(_mentionRows.Count, (articleId, _mentionRows), static (s, p, i, state) =>
        {
            var row = state._mentionRows[i];
            s.Set(p, state.articleId).Set(p + 1, row.EntityKey).Set(p + 2, row.Spans).Set(p + 3, row.Edge).Set(p + 4, row.EvidenceStart).Set(p + 5, row.EvidenceEnd);
        });
        if (written != _mentionRows.Count)
        {
            // The article's id is new and its keys distinct: a row ignored means the store is not what the writer takes it for.
            throw new StoreException($"the store already held {_mentionRows.Count - written} mentions rows of the new article {document.Article.Key}");
        }

        return inRows;
    }

    /// <summary>Writes the evidence rows the article's relationships gathered (INSERT OR IGNORE: the first of equal rows stays, as before).</summary>
    private void WriteEvidence(long articleId)
    {
        var insert = _insertEvidence ??= new RowInsert(_connection, "INSERT OR IGNORE INTO evidence(relationship_id, article_id, start, \"end\", text, confidence)", 6);
        insert.Write(_evidenceRows.Count, (articleId, _evidenceRows), static (s, p, i, state) =>
        {
            var row = state._evidenceRows[i];
            s.Set(p, row.RelationshipId).Set(p + 1, state.articleId).Set(p + 2, row.Start).Set(p + 3, row.End).Set(p + 4, row.Text).Set(p + 5, row.Confidence);
        });
    }

    /// <summary>An alias (or the name) of the entity, to be written with the article's other aliases unless the writer knows it is there.</summary>
    private void NewAlias(string entityKey, EntityCache.Known known, string name)
    {
        if (!known.Aliases.Contains(name, StringComparer.Ordinal))
        {
            known.Aliases.Add(name);
            _aliasRows.Add(new AliasRow(entityKey, name));
        }
    }

    /// <summary>Writes the aliases the article's entities gathered (INSERT OR IGNORE: one already stored stays as it is).</summary>
    private void WriteAliases()
    {
        var insert = _insertAliases ??= new RowInsert(_connection, "INSERT OR IGNORE INTO aliases(entity_key, alias)", 2);
        insert.Write(_aliasRows.Count, _aliasRows, static (s, p, i, rows) => s.Set(p, rows[i].EntityKey).Set(p + 1, rows[i].Alias));
    }
}
