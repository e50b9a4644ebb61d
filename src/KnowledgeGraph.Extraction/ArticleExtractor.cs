using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Reads one article into a graph document: normalisation, sentences and tokens, mention
/// recognisers (one per kind of entity), resolution, then the relation stage and one MENTIONS
/// edge from the article to each entity. Lexicons are loaded once; the extractor is immutable
/// and safe to call from several threads.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly LexiconSet _lexicons;
    private readonly SentenceSplitter _splitter;
    private readonly IRelationStage _relations;

    // the order matters: dateline, works and well-known named events first, then names with a given name or initials,
    // organisations, places (which may sit inside organisation names), the remaining person
    // mentions, and events last
    private readonly IMentionRecognizer[] _recognizers =
    [
        new DatelineRecognizer(),
        new WorkRecognizer(),
        new NamedEventRecognizer(),
        new EastAsianNameRecognizer(),
        new PersonRecognizer(),
        new OrganizationRecognizer(),
        new PlaceRecognizer(),
        new SurnameShapeRecognizer(),
        new OrganizationShapeRecognizer(),
        new OrganizationAnaphora(),
        new PersonFollowUpRecognizer(),
        new EventRecognizer(),
    ];

    private ArticleExtractor(LexiconSet lexicons, IRelationStage? relations)
    {
        _lexicons = lexicons;
        _splitter = new SentenceSplitter(lexicons.Abbreviations);
        _relations = relations ?? RelationStages.CreateDefault(lexicons);
    }

    public LexiconSet Lexicons => _lexicons;

    /// <summary>An extractor with the lexicons from the default location (see <see cref="LexiconLocator"/>).</summary>
    public static ArticleExtractor CreateDefault() => Create(LexiconLocator.FindDefault());

    public static ArticleExtractor Create(string lexiconDirectory, IRelationStage? relations = null)
    {
        ArgumentNullException.ThrowIfNull(lexiconDirectory);
        if (!Directory.Exists(lexiconDirectory))
        {
            throw new DirectoryNotFoundException($"The lexicon folder '{Path.GetFullPath(lexiconDirectory)}' does not exist.");
        }

        return new ArticleExtractor(LexiconSet.Load(lexiconDirectory), relations);
    }

    /// <summary>
    /// The entity side only: normalised text, sentences and resolved entities. A cancelled
    /// <paramref name="cancellation"/> (an article past its deadline) is seen between stages and
    /// ends the work with <see cref="OperationCanceledException"/>.
    /// </summary>
    public DocumentAnalysis Analyse(SourceArticle article, CancellationToken cancellation = default)
    {
        var context = Recognize(article, cancellation);
        var entities = EntityResolver.Resolve(context);
        cancellation.ThrowIfCancellationRequested();
        return new DocumentAnalysis
        {
            Article = article,
            Cancellation = cancellation,
            NormalizedText = context.Normalized,
            Sentences = context.Sentences,
            Tokens = context.Tokens,
            Entities = entities,
            SourceAgency = WithKey(entities, context.SourceAgencyKey),
            DatelinePlace = WithKey(entities, context.DatelinePlaceKey),
            Lexicons = _lexicons,
        };
    }

    /// <summary>The first entity with <paramref name="key"/>, or null (a loop: a query's closure was made for every article).</summary>
    private static Entity? WithKey(List<Entity> entities, string? key)
    {
        foreach (var e in entities)
        {
            if (e.Key == key)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The mentions of an article as the recognisers leave them, before resolution (<see cref="Analyse"/>'s first half; tests read it too).</summary>
    internal MentionContext Recognize(SourceArticle article, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellation.ThrowIfCancellationRequested();
        var normalized = TextNormalizer.Normalize(article.Text);
        var tokens = Tokenizer.Tokenize(normalized, cancellation);
        var sentences = _splitter.Split(normalized, tokens, cancellation);
        var context = new MentionContext(article.Text, normalized, tokens, sentences, _lexicons)
        {
            ArticleTag = article.Key[ArticleKeys.Prefix.Length..][..8],
            ArticleYear = article.Published is { Length: >= 4 } p && int.TryParse(p.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null,
        };
        foreach (var r in _recognizers)
        {
            cancellation.ThrowIfCancellationRequested();
            r.Recognize(context);
        }

        cancellation.ThrowIfCancellationRequested();
        return context;
    }

    /// <summary>
    /// Entities, relations and MENTIONS edges; the result passes <see cref="GraphValidator.Check"/>.
    /// A cancelled <paramref name="cancellation"/> ends the work at the next stage or sentence.
    /// </summary>
    public GraphDocument Extract(SourceArticle article, CancellationToken cancellation = default)
    {
        var analysis = Analyse(article, cancellation);
        var found = _relations.Extract(analysis);
        // room for the MENTIONS edges too (one per entity), so the list is made once at its final size
        var relationships = new List<Relationship>((found.TryGetNonEnumeratedCount(out var n) ? n : 0) + analysis.Entities.Count);
        relationships.AddRange(found);
        cancellation.ThrowIfCancellationRequested();
        var info = new ArticleInfo
        {
            Key = article.Key,
            Title = article.Title,
            Source = analysis.SourceAgency?.Name ?? article.Source,
            Language = "ru",
            Path = article.Path,
            Url = article.Url,
            Published = article.Published,
            Place = analysis.DatelinePlace?.Name,
        };
        // entities first mentioned in one sentence share its evidence span (with the relations found in it, when their bounds agree)
        foreach (var e in analysis.Entities)
        {
            var first = e.Mentions.Count > 0 ? e.Mentions[0] : null;
            relationships.Add(new Relationship
            {
                Type = RelationshipTypes.Mentions,
                Start = info.Key,
                End = e.Key,
                Properties = { ["confidence"] = Certain, ["count"] = Count(e.Mentions.Count) },
                Evidence = first is null ? null : SentenceOf(analysis, first.Start),
            });
        }

        return new GraphDocument { Article = info, Entities = analysis.Entities, Relationships = relationships };
    }

    /// <summary>The confidence of every MENTIONS edge, boxed once (a boxed double is never changed, so all may share it).</summary>
    private static readonly object Certain = 1.0;

    /// <summary>The mention counts most entities have, boxed once for the same reason (a box an edge was ~0.5 KB an article).</summary>
    private static readonly object[] Counts = [.. Enumerable.Range(0, 64).Select(n => (object)n)];

    private static object Count(int n) => n < Counts.Length ? Counts[n] : n;

    /// <summary>The sentence holding <paramref name="offset"/>: a binary search, so an article's MENTIONS edges cost entities × log(sentences).</summary>
    private static TextSpan? SentenceOf(DocumentAnalysis analysis, int offset)
    {
        var sentences = analysis.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var s = sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return analysis.Evidence.Of(mid, s.Start, s.End);
            }
        }

        return null;
    }
}
