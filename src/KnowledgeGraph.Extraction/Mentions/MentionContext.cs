using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// The working state of one article while the recognisers run: tokens, sentences, lexicons,
/// the mentions found so far and which tokens they hold. Created per article, never shared.
/// </summary>
public sealed class MentionContext
{
    private readonly string?[] _owner;

    public MentionContext(string original, string normalized, List<Token> tokens, IReadOnlyList<Sentence> sentences, LexiconSet lexicons)
    {
        Original = original;
        Normalized = normalized;
        Tokens = tokens;
        Sentences = sentences;
        Lexicons = lexicons;
        _owner = new string?[tokens.Count];
        PlaceInside = new bool[tokens.Count];
    }

    public string Original { get; }

    public string Normalized { get; }

    public List<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public LexiconSet Lexicons { get; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Tokens covered by a place mention (places may sit inside organisation names).</summary>
    public bool[] PlaceInside { get; }

    /// <summary>A short tag of the article, for keys of things that belong to one article (events).</summary>
    public string ArticleTag { get; set; } = "x";

    public string? SourceAgencyKey { get; set; }

    /// <summary>The year the article was published (from its date), for dates written without one; null when unknown.</summary>
    public int? ArticleYear { get; set; }

    public string? DatelinePlaceKey { get; set; }

    /// <summary>
    /// The article's own country, which «наша страна» means: the country the lexicon finds most
    /// often in the text (null when none).
    /// </summary>
    public string? HomeCountry => _homeCountry ??= FindHomeCountry() ?? string.Empty;

    private string? _homeCountry;

    private string? FindHomeCountry()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].IsCapitalized && Lexicons.Places.LongestAt(Tokens, i, GraphLabels.Country) is { } m)
            {
                counts[m.Entry.Canonical] = counts.GetValueOrDefault(m.Entry.Canonical) + 1;
                i = m.End - 1;
            }
        }

        return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>The label of the mention holding token <paramref name="i"/>, or null.</summary>
    public string? OwnerOf(int i) => _owner[i];

    public bool IsFree(int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (_owner[i] is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a mention; it holds its tokens unless it is a place inside an organisation.</summary>
    public Mention Add(Mention m)
    {
        Mentions.Add(m);
        for (var i = m.First; i < m.Last; i++)
        {
            if (GraphLabels.Places.Contains(m.Label))
            {
                PlaceInside[i] = true;
            }

            _owner[i] ??= m.Label;
        }

        return m;
    }

    /// <summary>The normalised text of tokens [first, last).</summary>
    public string Surface(int first, int last) => Normalized[Tokens[first].Start..Tokens[last - 1].End];

    public bool SameSentence(int a, int b) => a >= 0 && b < Tokens.Count && Tokens[a].Sentence == Tokens[b].Sentence;

    /// <summary>True when token <paramref name="i"/> is the first word of its sentence (after quotes or dashes).</summary>
    public bool StartsSentence(int i)
    {
        for (var k = i - 1; k >= 0 && Tokens[k].Sentence == Tokens[i].Sentence; k--)
        {
            if (Tokens[k].Kind != TokenKind.Punct)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> opens a short quoted name («Астана Опера», «Ясная Поляна»): a quote right before
    /// it, closed within a few words. Such a name is a theatre's, a team's, a prize's or a work's, not a person's.
    /// </summary>
    public bool StartsQuotedName(int i) => i > 0 && ClosingQuote(i - 1) is var close && close > i && close <= i + 4;

    /// <summary>The index of the quote closing the one at <paramref name="open"/>, or -1.</summary>
    public int ClosingQuote(int open)
    {
        var t = Tokens[open];
        if (!t.Is('«') && !t.Is('"'))
        {
            return -1;
        }

        var depth = 0;
        for (var k = open + 1; k < Tokens.Count && k < open + 40 && Tokens[k].Sentence == t.Sentence; k++)
        {
            if (Tokens[k].Is('«'))
            {
                depth++;
            }
            else if (Tokens[k].Is('»') || Tokens[k].Is('"'))
            {
                if (depth == 0 || Tokens[k].Is('"'))
                {
                    return k > open + 1 ? k : -1;
                }

                depth--;
            }
        }

        return -1;
    }
}
