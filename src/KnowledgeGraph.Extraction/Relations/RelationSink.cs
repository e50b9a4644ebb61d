using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Collects relationships, merging those with the same <see cref="Relationship.Identity"/>: the
/// first keeps its properties, every sentence is kept in AllEvidence, the highest confidence wins.
/// Ends that are not entities of the document, and loops, are refused.
/// </summary>
internal sealed class RelationSink(HashSet<string> knownKeys, RelationSink.Tables? tables = null)
{
    public const string Confidence = "confidence";

    /// <summary>
    /// The sink's tables of relationships by identity and type and of the evidence sets, which a relation stage takes from
    /// its thread (<see cref="WorkingTables{T}"/>) and empties after the article: made per article, the identity table's
    /// growth alone was ~3.5 KB of its garbage. The list of relationships is the article's own, never reused.
    /// </summary>
    internal sealed class Tables : IWorkingTables
    {
        public Dictionary<(string, string, string), Relationship> ByIdentity { get; } = [];

        // the evidence of relationships read from many sentences as a set beside its list (keyed by the relationship itself:
        // one relationship per identity, and a reference hashes without reading the three keys); a relationship with fewer
        // than ScanLimit sentences (nearly all) is asked by a look along its list. And the latest of each type: no scans per sentence
        public HashSet<(Relationship Relationship, int Start, int End)> Evidence { get; } = [];

        public Dictionary<string, Relationship> Latest { get; } = new(StringComparer.Ordinal);

        public void Clear()
        {
            ByIdentity.Clear();
            Evidence.Clear();
            Latest.Clear();
        }
    }

    private readonly Tables _tables = tables ?? new Tables();
    private readonly List<Relationship> _ordered = [];
    // the ends by type and start, made at the first question (most documents ask none) and kept up to date after it
    private Dictionary<(string Type, string Start), List<string>>? _endsByStart;

    /// <summary>Sentences of a relationship looked through before its evidence goes into the set.</summary>
    public const int ScanLimit = 8;

    public IReadOnlyList<Relationship> Relationships => _ordered;

    public const string Source = "source";

    /// <summary>
    /// A relationship known from a lexicon, not read in the text: <c>source: "lexicon"</c> and no evidence.
    /// When a sentence states it too, the sentence wins: the mark goes and the evidence is the sentence's.
    /// </summary>
    public bool AddFromLexicon(string type, Entity start, Entity end, double confidence)
    {
        if (start.Key == end.Key || !knownKeys.Contains(start.Key) || !knownKeys.Contains(end.Key))
        {
            return false;
        }

        var r = new Relationship { Type = RelationshipTypes.Require(type), Start = start.Key, End = end.Key };
        if (_tables.ByIdentity.ContainsKey(r.Identity))
        {
            return true;
        }

        r.Properties[Confidence] = Math.Clamp(confidence, 0.0, 1.0);
        r.Properties[Source] = "lexicon";
        Keep(r, r.Identity);
        return true;
    }

    public bool Add(string type, Entity start, Entity end, TextSpan evidence, double confidence, string? title = null)
    {
        if (start.Key == end.Key || !knownKeys.Contains(start.Key) || !knownKeys.Contains(end.Key))
        {
            return false;
        }

        var identity = Relationship.IdentityOf(RelationshipTypes.Require(type), start.Key, end.Key);
        if (_tables.ByIdentity.TryGetValue(identity, out var existing))
        {
            if (existing.Evidence is null && existing.Properties.Remove(Source))
            {
                existing.Evidence = evidence;
            }

            LookupMeter.Add();
            if (IsNewEvidence(existing, evidence))
            {
                existing.AllEvidence.Add(evidence);
            }

            if ((double)existing.Properties[Confidence] < confidence)
            {
                existing.Properties[Confidence] = confidence;
            }

            if (title is not null)
            {
                existing.Properties.TryAdd("title", title);
            }

            return true;
        }

        var r = new Relationship { Type = identity.Type, Start = start.Key, End = end.Key };
        r.Properties[Confidence] = Math.Clamp(confidence, 0.0, 1.0);
        if (title is not null)
        {
            r.Properties["title"] = title;
        }

        r.Evidence = evidence;
        r.AllEvidence.Add(evidence);
        Keep(r, identity);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="evidence"/> (by its offsets) is not yet among the sentences of <paramref name="r"/>, which
    /// only this sink adds to: a look along a short list, the set once it holds <see cref="ScanLimit"/> (filled then with
    /// what the list holds, so that a long article's repeated fact stays linear).
    /// </summary>
    private bool IsNewEvidence(Relationship r, TextSpan evidence)
    {
        var all = r.AllEvidence;
        if (all.Count < ScanLimit)
        {
            foreach (var e in all)
            {
                if (e.Start == evidence.Start && e.End == evidence.End)
                {
                    return false;
                }
            }

            return true;
        }

        if (all.Count == ScanLimit)
        {
            foreach (var e in all)
            {
                _tables.Evidence.Add((r, e.Start, e.End));
            }
        }

        return _tables.Evidence.Add((r, evidence.Start, evidence.End));
    }

    /// <summary>The relationship of <paramref name="type"/> found last, if any.</summary>
    public Relationship? Latest(string type) => _tables.Latest.GetValueOrDefault(type);

    private void Keep(Relationship r, (string, string, string) identity)
    {
        _tables.ByIdentity[identity] = r;
        _ordered.Add(r);
        _tables.Latest[r.Type] = r;
        if (_endsByStart is not null)
        {
            Index(r);
        }
    }

    /// <summary>The keys of the ends of the relationships of <paramref name="type"/> from <paramref name="start"/> found so far.</summary>
    public IReadOnlyList<string> EndsOf(string type, Entity start)
    {
        if (_endsByStart is null)
        {
            _endsByStart = [];
            foreach (var r in _ordered)
            {
                Index(r);
            }
        }

        return _endsByStart.TryGetValue((type, start.Key), out var ends) ? ends : [];
    }

    public bool Contains(string type, Entity a, Entity b) =>
        _tables.ByIdentity.ContainsKey(Relationship.IdentityOf(type, a.Key, b.Key));

    private void Index(Relationship r)
    {
        if (!_endsByStart!.TryGetValue((r.Type, r.Start), out var ends))
        {
            _endsByStart[(r.Type, r.Start)] = ends = [];
        }

        ends.Add(r.End);
    }
}
