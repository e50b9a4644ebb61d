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
        public Dictionary<int, Node>? Next;
        public List<(GazetteerEntry Entry, string[] Shape, string Form)>? Entries;
    }

    private readonly Node _root = new();

    // every entry's canonical name, looked up by letters (a quick «no» before a costlier question)
    private readonly HashSet<string> _canonicals = new(StringComparer.Ordinal);

    // canonical name -> the other names of its lexicon line, as written there (nominative)
    private readonly Dictionary<string, List<string>> _aliases = new(StringComparer.Ordinal);

    /// <summary>A small number (below <see cref="Token.MemoSlots"/>) naming this gazetteer in per-token memos; -1 for none.</summary>
    public int Slot { get; init; } = -1;

    /// <summary>
    /// When set, a one-word noun entry («суд», «Герман») matches only the case forms of that noun
    /// (<see cref="Naming.NounForms"/>), not every word sharing its stem («Судья», «Германии»).
    /// </summary>
    public bool NounsOnly { get; init; }

    /// <summary>With <see cref="NounsOnly"/>: only singular forms match (given names, positions: «министров» names no one).</summary>
    public bool SingularOnly { get; init; }

    public int Count { get; private set; }

    /// <summary>The other names given for <paramref name="canonical"/> («Нур-Султан» for «Астана»), in the lexicon's order.</summary>
    public IReadOnlyList<string> AliasesOf(string canonical) => _aliases.TryGetValue(canonical, out var list) ? list : [];

    /// <summary>Whether some entry has <paramref name="name"/> for its canonical name.</summary>
    public bool IsCanonical(ReadOnlySpan<char> name) => _canonicals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    public void Add(string phrase, GazetteerEntry entry)
    {
        _canonicals.Add(entry.Canonical);
        if (!string.Equals(phrase, entry.Canonical, StringComparison.Ordinal))
        {
            if (!_aliases.TryGetValue(entry.Canonical, out var list))
            {
                _aliases[entry.Canonical] = list = [];
            }

            if (!list.Contains(phrase, StringComparer.Ordinal))
            {
                list.Add(phrase);
            }
        }

        var words = Tokenizer.Tokenize(phrase);
        if (words.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var w in words)
        {
            var key = StemIds.Intern(w.IsAllCaps || w.Kind != TokenKind.Word ? w.Lower : Stems.OfLexiconWord(w.Lower));
            if (node == _root && Slot >= 0)
            {
                StemIds.MarkRoot(key, Slot);
            }

            node.Next ??= [];
            if (!node.Next.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Next[key] = child;
            }

            node = child;
        }

        node.Entries ??= [];
        node.Entries.Add((entry, [.. words.Select(w => Shape(w.Text))], words[^1].Lower));
        Count++;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>, if any (a list, not a read-only view: the walk reads tokens without an interface call).</summary>
    public GazetteerMatch? LongestAt(List<Token> tokens, int start, string? label = null)
    {
        if (start < 0 || start >= tokens.Count)
        {
            return null;
        }

        // most words start no phrase of this gazetteer: the word's mask says so without a walk
        var token = tokens[start];
        if (Slot >= 0 && (token.RootMask & (1 << Slot)) == 0)
        {
            return null;
        }

        // the recognisers ask the same question many times: remember the answer on the token
        if (label is null && Slot >= 0 && token.Memo(Slot, out var known))
        {
            return known;
        }

        GazetteerMatch? best = null;
        Walk(tokens, start, start, _root, label, ref best);
        if (label is null && Slot >= 0)
        {
            token.Remember(Slot, best);
        }

        return best;
    }

    /// <summary>The same answer as <see cref="LongestAt"/> found by walking the trie, with no memo and no mask (the tests' reference).</summary>
    internal GazetteerMatch? WalkedAt(List<Token> tokens, int start, string? label = null)
    {
        GazetteerMatch? best = null;
        if (start >= 0 && start < tokens.Count)
        {
            Walk(tokens, start, start, _root, label, ref best);
        }

        return best;
    }

    private void Walk(List<Token> tokens, int start, int i, Node node, string? label, ref GazetteerMatch? best)
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

        foreach (var key in t.KeyIds)
        {
            if (!node.Next.TryGetValue(key, out var child))
            {
                continue;
            }

            if (child.Entries is not null)
            {
                foreach (var (entry, shape, form) in child.Entries)
                {
                    if ((label is null || entry.Label == label) && (best is null || best.Value.End < i + 1) && ShapeFits(tokens, start, shape)
                        && (!NounsOnly || shape.Length > 1 || Naming.NounForms.Fits(t.Lower, form, GenderOf(entry), singular: SingularOnly)))
                    {
                        best = new GazetteerMatch(start, i + 1, entry);
                    }
                }
            }

            Walk(tokens, start, i + 1, child, label, ref best);
        }
    }

    private static readonly System.Buffers.SearchValues<char> LowerCyrillic = System.Buffers.SearchValues.Create("абвгдежзийклмнопрстуфхцчшщъыьэюя");

    private static char GenderOf(GazetteerEntry e) => e.Tags.Length > 0 && e.Tags[0] is 'm' or 'f' or 'n' or 'p' ? e.Tags[0] : '*';

    // the case shape a text word must have: the exact letters for an abbreviation ("=США"),
    // a capital for a capitalised first word ("^"), anything otherwise ("")
    private static string Shape(string lexiconWord) =>
        lexiconWord.Length >= 2 && lexiconWord.All(c => !char.IsLetter(c) || char.IsUpper(c)) && lexiconWord.Any(char.IsLetter) ? "=" + lexiconWord
        : char.IsUpper(lexiconWord[0]) ? "^" : string.Empty;

    private static bool ShapeFits(List<Token> tokens, int start, string[] shape)
    {
        for (var k = 0; k < shape.Length; k++)
        {
            var lex = shape[k];
            var t = tokens[start + k];
            if (lex.Length > 1 && lex[0] == '=')
            {
                // «МИДа», «ООНе»: the abbreviation with a short lower-case case ending
                var caps = lex.AsSpan(1);
                if (!t.Text.AsSpan().StartsWith(caps) || t.Text.Length > caps.Length + 2 || t.Text.AsSpan(caps.Length).ContainsAnyExcept(LowerCyrillic))
                {
                    return false;
                }
            }
            else if (k == 0 && lex.Length == 1 && !char.IsUpper(t.Text[0]))
            {
                return false;
            }
        }

        return true;
    }
}
