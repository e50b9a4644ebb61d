using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Collects relationships, merging those with the same <see cref="Relationship.Identity"/>: the
/// first keeps its properties, every sentence is kept in AllEvidence, the highest confidence wins.
/// Ends that are not entities of the document, and loops, are refused.
/// </summary>
internal sealed class RelationSink(IReadOnlySet<string> knownKeys)
{
    public const string Confidence = "confidence";

    private readonly Dictionary<(string, string, string), Relationship> _byIdentity = [];
    private readonly List<Relationship> _ordered = [];
    private readonly Dictionary<(string Type, string Start), List<string>> _endsByStart = [];

    // each relationship's evidence as a set beside its list (keyed by the relationship itself: one relationship per
    // identity, and a reference hashes without reading the three keys), and the latest of each type: no scans per sentence
    private readonly HashSet<(Relationship Relationship, int Start, int End)> _evidence = [];
    private readonly Dictionary<string, Relationship> _latest = new(StringComparer.Ordinal);

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
        if (_byIdentity.ContainsKey(r.Identity))
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
        if (_byIdentity.TryGetValue(identity, out var existing))
        {
            if (existing.Evidence is null && existing.Properties.Remove(Source))
            {
                existing.Evidence = evidence;
            }

            LookupMeter.Add();
            if (_evidence.Add((existing, evidence.Start, evidence.End)))
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
        _evidence.Add((r, evidence.Start, evidence.End));
        Keep(r, identity);
        return true;
    }

    /// <summary>The relationship of <paramref name="type"/> found last, if any.</summary>
    public Relationship? Latest(string type) => _latest.GetValueOrDefault(type);

    private void Keep(Relationship r, (string, string, string) identity)
    {
        _byIdentity[identity] = r;
        _ordered.Add(r);
        _latest[r.Type] = r;
        Index(r);
    }

    /// <summary>The keys of the ends of the relationships of <paramref name="type"/> from <paramref name="start"/> found so far.</summary>
    public IReadOnlyList<string> EndsOf(string type, Entity start) =>
        _endsByStart.TryGetValue((type, start.Key), out var ends) ? ends : [];

    public bool Contains(string type, Entity a, Entity b) =>
        _byIdentity.ContainsKey(Relationship.IdentityOf(type, a.Key, b.Key));

    private void Index(Relationship r)
    {
        if (!_endsByStart.TryGetValue((r.Type, r.Start), out var ends))
        {
            _endsByStart[(r.Type, r.Start)] = ends = [];
        }

        ends.Add(r.End);
    }
}
