using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// What the entity stages hand to the relation stages: the article, its normalised text
/// (same length as the original, so offsets are shared), its sentences, and the resolved
/// entities with every mention.
/// </summary>
public sealed class DocumentAnalysis
{
    public required SourceArticle Article { get; init; }

    /// <summary>The original text with look-alike letters, ё, quotes, dashes and spaces folded, char for char.</summary>
    public required string NormalizedText { get; init; }

    public required IReadOnlyList<Sentence> Sentences { get; init; }

    /// <summary>
    /// The entity side's tokens of <see cref="NormalizedText"/>, in text order, when the extractor hands them on: the
    /// relation stage reads its sentences' tokens from them (read only) instead of tokenising the text again.
    /// </summary>
    public List<Text.Token>? Tokens { get; init; }

    /// <summary>Resolved entities (no Article entity), each with all its mentions.</summary>
    public required List<Entity> Entities { get; init; }

    /// <summary>The agency named in the dateline, when there is one (also among <see cref="Entities"/>).</summary>
    public Entity? SourceAgency { get; init; }

    /// <summary>The place named in the dateline, when there is one (also among <see cref="Entities"/>).</summary>
    public Entity? DatelinePlace { get; init; }

    /// <summary>The lexicons the entities were found with; the relation stage reads its vocabularies from the same set.</summary>
    public Lexicons.LexiconSet? Lexicons { get; init; }

    /// <summary>Cancelled when the article is past its deadline: relation stages look at it once a sentence.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The sentences' evidence spans, shared by the relation stage and the MENTIONS edges (made when first asked).</summary>
    internal EvidenceSpans Evidence => _evidence ??= new EvidenceSpans(Article.Text, Sentences.Count);

    private EvidenceSpans? _evidence;
}

/// <summary>A sentence of the text, as offsets into it (end exclusive).</summary>
public readonly record struct Sentence(int Start, int End);
