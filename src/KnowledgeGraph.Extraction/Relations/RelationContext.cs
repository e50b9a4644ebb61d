using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>What the rules share for one document: the views, the sink, and what the document is about.</summary>
internal sealed class RelationContext
{
    public RelationContext(DocumentAnalysis document, List<SentenceView> views, RelationLexicons lexicons, RelationSettings? settings = null, RelationSink.Tables? sinkTables = null)
    {
        Document = document;
        Settings = settings ?? RelationSettings.Default;
        Views = views;
        Lexicons = lexicons;
        _keys = new HashSet<string>(document.Entities.Count + 8, StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            _keys.Add(e.Key);
        }

        Sink = new RelationSink(_keys, sinkTables);
    }

    private readonly HashSet<string> _keys;

    public DocumentAnalysis Document { get; }

    public List<SentenceView> Views { get; }

    public RelationLexicons Lexicons { get; }

    public RelationSettings Settings { get; }

    public RelationSink Sink { get; }

    /// <summary>The document's entities by name and key, built when first asked (after the entity stages).</summary>
    public EntityIndex EntityIndex => _entityIndex ??= new EntityIndex(Document.Entities);

    private EntityIndex? _entityIndex;

    /// <summary>The organisations' lower-case descriptors («партии «Рассвет»»), built when first asked.</summary>
    public DescriptorIndex Descriptors => _descriptors ??= new DescriptorIndex(Document.Entities);

    private DescriptorIndex? _descriptors;

    /// <summary>The person a visit report is about: the actor of subjectless sentences.</summary>
    public Entity? Protagonist { get; set; }

    /// <summary>The place the protagonist visited.</summary>
    public Entity? VisitedPlace { get; set; }

    /// <summary>Events the stage created, by kind.</summary>
    public Dictionary<string, Entity> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds an entity the stage created (an event) to the document.</summary>
    public void AddEntity(Entity e)
    {
        if (_keys.Add(e.Key))
        {
            Document.Entities.Add(e);
            MayBeMainCountry(e);
        }
    }

    /// <summary>Puts <paramref name="by"/> in the place of <paramref name="old"/> (an event re-keyed by its name and date).</summary>
    public void ReplaceEntity(Entity old, Entity by)
    {
        var at = Document.Entities.IndexOf(old);
        if (at >= 0 && _keys.Add(by.Key))
        {
            _keys.Remove(old.Key);
            Document.Entities[at] = by;
            MayBeMainCountry(by);
        }
    }

    /// <summary>The country a place lies in (itself for a country), when the document names it.</summary>
    public Entity? CountryOf(Entity place)
    {
        if (place.Label == GraphLabels.Country)
        {
            return place;
        }

        // remembered per place (its name unchanged): the index of names is made once, so the answer cannot change
        if (_countries.TryGetValue(place, out var known) && ReferenceEquals(known.Name, place.Name))
        {
            return known.Country;
        }

        var found = Lexicons.CityCountry.TryGetValue(Names.Fold(place.Name), out var country)
            ? EntityIndex.Find(country, GraphLabels.Country)
            : null;
        _countries[place] = (place.Name, found);
        return found;
    }

    private readonly Dictionary<Entity, (string Name, Entity? Country)> _countries = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The document's country an adjective names («американская» -> США), if any. With <paramref name="adjective"/>,
    /// a country the document does not name yet is made, mentioned by the adjective itself («британский премьер»).
    /// </summary>
    public Entity? CountryOfAdjective(string folded, TextSpan? adjective = null)
    {
        foreach (var (stem, country) in Lexicons.Demonyms)
        {
            if (!folded.StartsWith(stem, StringComparison.Ordinal))
            {
                continue;
            }

            var key = EntityKeys.For(GraphLabels.Country, country);
            var known = EntityIndex.Find(country, GraphLabels.Country) ?? (_keys.Contains(key) ? EntityIndex.ByKey(key) : null);
            if (known is not null || adjective is null)
            {
                return known;
            }

            var made = new Entity { Key = key, Label = GraphLabels.Country, Name = country, Mentions = { adjective } };
            AddEntity(made);
            return made;
        }

        return null;
    }

    /// <summary>A capital stands for its state where states act («между Москвой и Пекином»).</summary>
    public Entity StateOf(Entity e) =>
        e.Label == GraphLabels.City && Lexicons.Capitals.Contains(Names.Fold(e.Name)) && CountryOf(e) is { } c ? c : e;

    /// <summary>
    /// The country the document mentions most (the earlier on a tie), if any. The first country found stays the
    /// answer; none found is remembered too, until a country is added (one scan of the entities, not one per question).
    /// </summary>
    public Entity? MainCountry
    {
        get
        {
            if (!_mainCountryKnown)
            {
                LookupMeter.Add(Document.Entities.Count);
                _mainCountry = MostMentioned(Document.Entities);
                _mainCountryKnown = true;
            }

            return _mainCountry;
        }
    }

    private Entity? _mainCountry;
    private bool _mainCountryKnown;

    /// <summary>
    /// The mentioned country with the most mentions, the one mentioned first on a tie, the earlier in the list on a
    /// full tie: what ordering by count (descending), then first mention, then list order gives first. One loop, no
    /// sort (the tests keep the query it replaces).
    /// </summary>
    internal static Entity? MostMentioned(List<Entity> entities)
    {
        Entity? best = null;
        var bestFirst = 0;
        foreach (var e in entities)
        {
            if (e.Label != GraphLabels.Country || e.Mentions.Count == 0)
            {
                continue;
            }

            var first = FirstStart(e);
            if (best is null || e.Mentions.Count > best.Mentions.Count || (e.Mentions.Count == best.Mentions.Count && first < bestFirst))
            {
                best = e;
                bestFirst = first;
            }
        }

        return best;
    }

    private static int FirstStart(Entity e)
    {
        var first = int.MaxValue;
        foreach (var m in e.Mentions)
        {
            first = Math.Min(first, m.Start);
        }

        return first;
    }

    private void MayBeMainCountry(Entity added)
    {
        if (_mainCountry is null && added.Label == GraphLabels.Country && added.Mentions.Count > 0)
        {
            _mainCountryKnown = false;
        }
    }

    /// <summary>
    /// The two parties of a visit: the host country and the most-mentioned other country
    /// (the visitor's), when both are in the document.
    /// </summary>
    public (Entity A, Entity B)? Parties()
    {
        if (VisitedPlace is null || CountryOf(VisitedPlace) is not { } host)
        {
            return null;
        }

        var home = MostMentionedOther(Document.Entities, host);
        return home is null ? null : (home, host);
    }

    /// <summary>
    /// The country other than <paramref name="host"/> with the most mentions, the earlier in the list on a tie (what a
    /// stable ordering by count, descending, gives first): one loop, no sort (the tests keep the query it replaces).
    /// </summary>
    internal static Entity? MostMentionedOther(List<Entity> entities, Entity host)
    {
        Entity? best = null;
        foreach (var e in entities)
        {
            if (e.Label == GraphLabels.Country && e.Key != host.Key && (best is null || e.Mentions.Count > best.Mentions.Count))
            {
                best = e;
            }
        }

        return best;
    }
}
