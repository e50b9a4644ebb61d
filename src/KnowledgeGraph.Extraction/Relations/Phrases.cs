using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A run of adjacent mentions read as one noun phrase: «министром иностранных дел России Сергеем
/// Ивановым» -> [Россия, Сергей Иванов]. Its head is the last person, else the first mention;
/// the others are modifiers.
/// </summary>
internal sealed class Chunk(List<MentionRef> parts)
{
    public IReadOnlyList<MentionRef> Parts => parts;

    public MentionRef Head { get; } = parts.LastOrDefault(p => p.IsPerson) ?? parts[0];

    public int First => parts[0].First;

    public int Last => parts[^1].Last;

    public IEnumerable<MentionRef> Modifiers => parts.Where(p => !ReferenceEquals(p, Head));
}

/// <summary>Reads noun phrases around a trigger: the coordinated objects after it, the subjects before it.</summary>
internal static class Phrases
{
    /// <summary>Words allowed between two mentions of one chunk.</summary>
    private const int InnerGap = 1;

    /// <summary>Words allowed before each coordinated chunk after the first.</summary>
    private const int CoordinatedLead = 2;

    /// <summary>
    /// The chunks from token <paramref name="from"/> on: the first after at most <paramref name="lead"/>
    /// words, then others joined by «,», «и», «а также».
    /// </summary>
    public static List<Chunk> ObjectsAfter(SentenceView v, int from, int lead, RelationLexicons lx)
    {
        var chunks = new List<Chunk>();
        var i = from;
        while (v.NextMention(i) is { } m)
        {
            if (!GapIsFiller(v, i, m.First, chunks.Count == 0 ? lead : CoordinatedLead, lx))
            {
                break;
            }

            var chunk = ChunkFrom(v, m, lx);
            chunks.Add(chunk);
            var k = SkipCoordinator(v, chunk.Last + 1, lx);
            if (k == chunk.Last + 1)
            {
                break;
            }

            i = k;
        }

        return chunks;
    }

    /// <summary>
    /// The subject(s) before token <paramref name="trigger"/>: the nearest chunk not governed by a
    /// preposition, within <paramref name="maxGap"/> words, whose head may be a nominative; then the
    /// chunks coordinated with it. Empty when the nearest candidate is in an oblique case.
    /// </summary>
    public static List<MentionRef> SubjectsBefore(SentenceView v, int trigger, int maxGap, RelationLexicons lx)
    {
        var result = new List<MentionRef>();
        foreach (var m in v.MentionsBefore(trigger))
        {
            if (!GapAllowsSubject(v, m.Last + 1, trigger, maxGap, lx))
            {
                return result;
            }

            // «в Грузии Иван Петров встретился»: the preposition governs the place, not the person after it
            var chunk = ChunkEndingAt(v, m, lx);
            if (GovernedByPreposition(v, chunk.First, lx) && ReferenceEquals(chunk.Head, chunk.Parts[0]))
            {
                continue;
            }

            if (!CanBeSubject(chunk.Head))
            {
                // a place or an event in the nominative is the object of an earlier verb
                // («X посетила Хельсинки и встретилась …»); an inflected name ends the search
                if (chunk.Head.LooksNominative)
                {
                    continue;
                }

                return result;
            }

            result.Add(chunk.Head);
            AddCoordinatedBefore(v, chunk.First, lx, result);
            return result;
        }

        return result;
    }

    /// <summary>
    /// «А и Б, которые сегодня встречаются»: the subjects of the clause a relative pronoun right before
    /// <paramref name="trigger"/> (within <paramref name="maxGap"/> words) attaches to.
    /// </summary>
    public static List<MentionRef> RelativeAntecedents(SentenceView v, int trigger, int maxGap, RelationLexicons lx)
    {
        for (var k = trigger - 1; k > 0 && trigger - k <= maxGap + 1 && v.Tokens[k].IsWord; k--)
        {
            if (v.Word(k) is "которые" or "который" or "которая" && v.Word(k - 1) == ",")
            {
                return SubjectsBefore(v, k - 1, 0, lx);
            }
        }

        return [];
    }

    /// <summary>A person and the people coordinated right after it: «А.Грин, Б.Блэк и В.Уайт».</summary>
    public static List<MentionRef> CoordinatedPeople(SentenceView v, MentionRef first, RelationLexicons lx)
    {
        var people = new List<MentionRef> { first };
        var next = SkipCoordinator(v, first.Last + 1, lx);
        while (next > people[^1].Last + 1 && v.NextMention(next) is { IsPerson: true } other && other.First == next)
        {
            people.Add(other);
            next = SkipCoordinator(v, other.Last + 1, lx);
        }

        return people;
    }

    public static bool CanBeSubject(MentionRef m) =>
        m.LooksNominative && m.Label is GraphLabels.Person or GraphLabels.Organization or GraphLabels.Country;

    /// <summary>The chunk that starts with mention <paramref name="m"/>.</summary>
    public static Chunk ChunkFrom(SentenceView v, MentionRef m, RelationLexicons lx)
    {
        var parts = new List<MentionRef> { m };
        while (v.NextMention(parts[^1].Last + 1) is { } n && n.First - parts[^1].Last - 1 <= InnerGap
            && AllFiller(v, parts[^1].Last + 1, n.First, lx))
        {
            parts.Add(n);
        }

        return new Chunk(parts);
    }

    /// <summary>The chunk that ends with mention <paramref name="m"/>.</summary>
    public static Chunk ChunkEndingAt(SentenceView v, MentionRef m, RelationLexicons lx)
    {
        var parts = new List<MentionRef> { m };
        foreach (var p in v.MentionsBefore(m.First))
        {
            if (parts[0].First - p.Last - 1 > InnerGap || !AllFiller(v, p.Last + 1, parts[0].First, lx))
            {
                break;
            }

            parts.Insert(0, p);
        }

        return new Chunk(parts);
    }

    public static bool GovernedByPreposition(SentenceView v, int first, RelationLexicons lx) =>
        first > 0 && lx.Is("prep", v.Word(first - 1));

    /// <summary>The token after «,» / «и» / «, а также» at <paramref name="at"/>, or <paramref name="at"/> itself.</summary>
    public static int SkipCoordinator(SentenceView v, int at, RelationLexicons lx)
    {
        var k = at;
        if (v.Word(k) == ",")
        {
            k++;
        }

        if (v.Word(k) == "и")
        {
            k++;
        }
        else if (v.Word(k) == "а" && v.Word(k + 1) == "также")
        {
            k += 2;
        }

        return k;
    }

    /// <summary>Whether tokens [from, to) are at most <paramref name="maxWords"/> plain words (dashes, quotes and a comma before a participle do not count).</summary>
    public static bool GapIsFiller(SentenceView v, int from, int to, int maxWords, RelationLexicons lx)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            var t = v.Tokens[i];
            if (!t.IsWord)
            {
                // «реформы, проводимые Президентом X»: a participial clause after a noun leads on to its agent
                if (t.Lower is "-" or "«" or "»" or "\"" or "“" or "”" or "„"
                    || (t.Lower == "," && i + 1 < to && Naming.PhraseInflection.LooksLikeParticiple(v.Word(i + 1))))
                {
                    continue;
                }

                return false;
            }

            if (lx.Is("breaker", t.Lower) || VerbGuess.LooksLikeVerb(t.Lower) || ++words > maxWords)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllFiller(SentenceView v, int from, int to, RelationLexicons lx)
    {
        for (var i = from; i < to; i++)
        {
            var w = v.Tokens[i];
            if (!w.IsWord ? w.Lower is not ("«" or "»" or "\"") : lx.Is("coord", w.Lower) || lx.Is("prep", w.Lower) || VerbGuess.LooksLikeVerb(w.Lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// «А и министр энергетики Б»: the first token of a title phrase (a title and up to three plain words)
    /// right before token <paramref name="first"/>, or <paramref name="first"/> itself.
    /// </summary>
    private static int TitleStart(SentenceView v, int first, RelationLexicons lx)
    {
        for (var k = first - 1; k >= 0 && first - k <= 4 && v.Tokens[k].IsWord && v.MentionAt(k) is null; k--)
        {
            if (lx.Is("breaker", v.Word(k)) || lx.Is("coord", v.Word(k)) || VerbGuess.LooksLikeVerb(v.Word(k)))
            {
                break;
            }

            if (v.Longest(lx.Positions, k) is not null)
            {
                return Adjectives.StartBefore(v, k);
            }
        }

        return first;
    }

    private static bool GapAllowsSubject(SentenceView v, int from, int to, int maxGap, RelationLexicons lx)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            var t = v.Tokens[i];
            if (lx.Is("breaker", t.Lower) || (t.IsWord && ++words > maxGap))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddCoordinatedBefore(SentenceView v, int first, RelationLexicons lx, List<MentionRef> result)
    {
        while (true)
        {
            var k = TitleStart(v, first, lx) - 1;
            if (v.Word(k) != "и" && v.Word(k) != ",")
            {
                return;
            }

            var prev = v.MentionBefore(k);
            if (prev is null || prev.Last != k - 1)
            {
                return;
            }

            var chunk = ChunkEndingAt(v, prev, lx);
            if (!CanBeSubject(chunk.Head) || GovernedByPreposition(v, chunk.First, lx))
            {
                return;
            }

            result.Add(chunk.Head);
            first = chunk.First;
        }
    }
}
