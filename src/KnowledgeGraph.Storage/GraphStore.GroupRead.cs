using System.Globalization;
using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

public sealed partial class GraphStore
{
    /// <summary>
    /// The rows of one group read gathered into relationships (each once, by type and ends) and entity keys, put in
    /// the order merging the articles' own graphs gives: by the first article (in the group's order) whose graph holds
    /// them, and within an article as <see cref="ReadArticle"/> lists them. So the sink sends the same rows in the same order.
    /// </summary>
    private sealed class GroupRead(Dictionary<long, GroupArticle> articles)
    {
        /// <summary>Where a relationship first comes in the articles' own graphs (see <see cref="ReadArticle"/>).</summary>
        public const int WithEvidence = 0, FromArticle = 1, Bare = 2, MentionEdge = 3;

        private readonly Dictionary<(string Type, string Start, string End), StoredRelationship> _relationships = [];
        private readonly Dictionary<(string Type, string Start, string End), (int Position, int Kind, long Id, string Entity)> _first = [];
        private readonly Dictionary<string, int> _entityFirst = new(StringComparer.Ordinal);
        private readonly Dictionary<long, StoredRelationship> _byId = [];
        private readonly HashSet<string> _entityKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SortedDictionary<string, object>> _properties = new(StringComparer.Ordinal);
        private readonly Dictionary<int, SortedDictionary<string, object>> _usual = [];

        public void ReadMentions(SqliteCommand command)
        {
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                var entityKey = r.GetString(1);
                var article = articles[r.GetInt64(0)];
                _entityKeys.Add(entityKey);
                SeenEntity(entityKey, article.Position);
                if (r.IsDBNull(3))
                {
                    continue;
                }

                var articleKey = article.Key;
                var edge = r.GetString(3);
                var properties = edge.Length > 0 ? Properties(edge) : Usual(r.GetString(2).AsSpan().Count(',') + 1);
                var evidence = new List<StoredEvidence>(1);
                if (!r.IsDBNull(4))
                {
                    var confidence = properties.TryGetValue("confidence", out var c) ? Convert.ToDouble(c, CultureInfo.InvariantCulture) : (double?)null;
                    var (start, end) = (r.GetInt32(4), r.GetInt32(5));
                    evidence.Add(new StoredEvidence(articleKey, start, end, article.Slice(start, end), confidence));
                }

                var id = (RelationshipTypes.Mentions, articleKey, entityKey);
                Seen(id, (article.Position, MentionEdge, 0, entityKey));
                _relationships[id] = _relationships.TryGetValue(id, out var seen)
                    ? new StoredRelationship
                    {
                        Type = seen.Type, Start = seen.Start, End = seen.End, Properties = properties,
                        Evidence = [.. seen.Evidence, .. evidence], ArticleCount = Math.Max(seen.ArticleCount, evidence.Count),
                    }
                    : new StoredRelationship
                    {
                        Type = RelationshipTypes.Mentions, Start = articleKey, End = entityKey, Properties = properties, Evidence = evidence, ArticleCount = evidence.Count,
                    };
            }
        }

        public void ReadEvidence(SqliteCommand command)
        {
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                var article = articles[r.GetInt64(6)];
                var relationship = Relationship(r, article.Position, WithEvidence);
                var (start, end) = (r.GetInt32(7), r.GetInt32(8));
                var text = r.IsDBNull(9) ? article.Slice(start, end) : r.GetString(9);
                relationship.Evidence.Add(new StoredEvidence(article.Key, start, end, text, r.IsDBNull(10) ? null : r.GetDouble(10)));
            }
        }

        /// <summary>Relationships without evidence of the article of column 6 (<see cref="FromArticle"/> or <see cref="Bare"/>).</summary>
        public void ReadOthers(SqliteCommand command, int kind)
        {
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                Relationship(r, articles[r.GetInt64(6)].Position, kind);
            }
        }

        /// <summary>Every entity key the articles mention, and every end of their relationships that is not an article.</summary>
        public HashSet<string> EntityKeys()
        {
            foreach (var (id, r) in _relationships)
            {
                var position = _first[id].Position;
                AddEnd(r.Start, position);
                AddEnd(r.End, position);
            }

            return _entityKeys;

            void AddEnd(string key, int position)
            {
                if (!key.StartsWith(ArticleKeys.Prefix, StringComparison.Ordinal))
                {
                    _entityKeys.Add(key);
                    SeenEntity(key, position);
                }
            }
        }

        /// <summary>The entities (read in key order) by the first article whose graph holds them, then by key.</summary>
        public List<StoredEntity> InArticleOrder(List<StoredEntity> byKey)
        {
            var order = byKey.Select((e, i) => (Entity: e, First: _entityFirst.GetValueOrDefault(e.Key), Index: i)).ToList();
            order.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.Index.CompareTo(y.Index));
            return order.ConvertAll(x => x.Entity);
        }

        /// <summary>The relationships, each one's evidence in the order of the articles, then by span.</summary>
        public List<StoredRelationship> Relationships()
        {
            var positions = articles.Values.ToDictionary(a => a.Key, a => a.Position, StringComparer.Ordinal);
            foreach (var r in _relationships.Values.Where(r => r.Evidence.Count > 1))
            {
                r.Evidence.Sort((x, y) =>
                {
                    var byArticle = positions[x.ArticleKey].CompareTo(positions[y.ArticleKey]);
                    return byArticle != 0 ? byArticle : x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End);
                });
            }

            var order = _relationships.Select(p => (Relationship: p.Value, First: _first[p.Key])).ToList();
            order.Sort((x, y) =>
            {
                var (a, b) = (x.First, y.First);
                return a.Position != b.Position ? a.Position.CompareTo(b.Position)
                    : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
                    : a.Id != b.Id ? a.Id.CompareTo(b.Id)
                    : string.CompareOrdinal(a.Entity, b.Entity);
            });
            return order.ConvertAll(x => x.Relationship);
        }

        /// <summary>Keeps the earliest place a relationship comes in.</summary>
        private void Seen((string, string, string) id, (int Position, int Kind, long Id, string Entity) place)
        {
            if (!_first.TryGetValue(id, out var old) || place.CompareTo(old) < 0)
            {
                _first[id] = place;
            }
        }

        private void SeenEntity(string key, int position)
        {
            if (!_entityFirst.TryGetValue(key, out var old) || position < old)
            {
                _entityFirst[key] = position;
            }
        }

        /// <summary>The relationship of the row (id, type, start_key, end_key, properties, article_count, ...), added when first seen.</summary>
        private StoredRelationship Relationship(SqliteDataReader r, int position, int kind)
        {
            var rowId = r.GetInt64(0);
            if (_byId.TryGetValue(rowId, out var known))
            {
                Seen((known.Type, known.Start, known.End), (position, kind, rowId, string.Empty));
                return known;
            }

            var id = (r.GetString(1), r.GetString(2), r.GetString(3));
            Seen(id, (position, kind, rowId, string.Empty));
            if (!_relationships.TryGetValue(id, out var relationship))
            {
                relationship = new StoredRelationship
                {
                    Type = id.Item1, Start = id.Item2, End = id.Item3, Properties = Properties(r.GetString(4)), ArticleCount = r.GetInt32(5),
                };
                _relationships[id] = relationship;
            }

            _byId[r.GetInt64(0)] = relationship;
            return relationship;
        }

        /// <summary>Properties parsed once per distinct JSON text of the group; each entity and relationship gets its own copy.</summary>
        public SortedDictionary<string, object> Properties(string json)
        {
            if (!_properties.TryGetValue(json, out var parsed))
            {
                parsed = PropertyBag.FromJson(json);
                _properties[json] = parsed;
            }

            return new SortedDictionary<string, object>(parsed, StringComparer.Ordinal);
        }

        /// <summary>The usual properties of a MENTIONS edge with <paramref name="count"/> spans, as its stored JSON reads back.</summary>
        private SortedDictionary<string, object> Usual(int count)
        {
            if (!_usual.TryGetValue(count, out var parsed))
            {
                parsed = PropertyBag.FromJson(UsualMentionProperties(count));
                _usual[count] = parsed;
            }

            return new SortedDictionary<string, object>(parsed, StringComparer.Ordinal);
        }
    }
}
