using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// A trie of phrases over word stems, built once and read from many threads. Case shape is
/// checked against the phrase as written in the lexicon: an all-caps lexicon word wants the
/// same letters in the text, a capitalised one wants a capital.
/// </summary>
public sealed class Gazetteer
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<(GazetteerEntry Entry, string[] Shape)>? Entries;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(string phrase, GazetteerEntry entry)
    {
        var words = Tokenizer.Tokenize(phrase);
        if (words.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var w in words)
        {
            var key = w.IsAllCaps || w.Kind != TokenKind.Word ? w.Lower : Stems.OfLexiconWord(w.Lower);
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Next[key] = child;
            }

            node = child;
        }

        node.Entries ??= [];
        node.Entries.Add((entry, [.. words.Select(w => w.Text)]));
        Count++;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>, if any.</summary>
    public GazetteerMatch? LongestAt(IReadOnlyList<Token> tokens, int start, string? label = null)
    {
        GazetteerMatch? best = null;
        Walk(tokens, start, start, _root, label, ref best);
        return best;
    }

    private static void Walk(IReadOnlyList<Token> tokens, int start, int i, Node node, string? label, ref GazetteerMatch? best)
    {
        if (i >= tokens.Count || node.Next is null)
        {
            return;
        }

        var t = tokens[i];
        if (i > start && t.Sentence != tokens[i - 1].Sentence)
        {
            return;
        }

        var keys = t.Kind == TokenKind.Word ? Stems.CandidatesOf(t.Lower, t.IsAllCaps) : [t.Lower];
        foreach (var key in keys)
        {
            if (!node.Next.TryGetValue(key, out var child))
            {
                continue;
            }

            if (child.Entries is not null)
            {
                foreach (var (entry, shape) in child.Entries)
                {
                    if ((label is null || entry.Label == label) && (best is null || best.Value.End < i + 1) && ShapeFits(tokens, start, shape))
                    {
                        best = new GazetteerMatch(start, i + 1, entry);
                    }
                }
            }

            Walk(tokens, start, i + 1, child, label, ref best);
        }
    }

    private static bool ShapeFits(IReadOnlyList<Token> tokens, int start, string[] shape)
    {
        for (var k = 0; k < shape.Length; k++)
        {
            var lex = shape[k];
            var t = tokens[start + k];
            if (lex.Length >= 2 && lex.All(c => !char.IsLetter(c) || char.IsUpper(c)) && lex.Any(char.IsLetter))
            {
                if (!string.Equals(lex, t.Text, StringComparison.Ordinal))
                {
                    return false;
                }
            }
            else if (char.IsUpper(lex[0]) && !char.IsUpper(t.Text[0]))
            {
                return false;
            }
        }

        return true;
    }
}
