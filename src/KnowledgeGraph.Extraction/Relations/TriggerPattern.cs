namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A lexicon pattern over words: «высоко оцен*», «провел* ? переговоры», «встреча/встречу».
/// «stem*» matches a word starting with the stem, «a/b» any listed alternative, «?» one optional word.
/// </summary>
internal sealed class TriggerPattern
{
    private readonly Element[] _elements;

    private TriggerPattern(string source, Element[] elements, string value)
    {
        Source = source;
        _elements = elements;
        Value = value;
    }

    public string Source { get; }

    /// <summary>What the lexicon line says the match means (a type, a kind, a marker); may be empty.</summary>
    public string Value { get; }

    /// <summary>The parts of <see cref="Value"/> between slashes, trimmed («МИД/министерство иностранных дел»), split when first asked.</summary>
    public string[] ValueParts => _valueParts ??= Value.Split('/', StringSplitOptions.TrimEntries);

    private string[]? _valueParts;

    /// <summary>The alternatives of the first element, for indexing.</summary>
    public IReadOnlyList<string> FirstAlternatives => _elements[0].Alternatives;

    public static TriggerPattern Parse(string pattern, string value = "")
    {
        var parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts[0] == "?")
        {
            throw new FormatException($"Bad trigger pattern '{pattern}'.");
        }

        var elements = parts.Select(p => p == "?" ? Element.Optional : Element.Of(p)).ToArray();
        return new TriggerPattern(pattern, elements, value);
    }

    /// <summary>The exact words (no stem) the first element accepts, for indexing.</summary>
    public IReadOnlyList<string> FirstExact => _elements[0].Exact;

    /// <summary>Whether the first element has a stem («оцен*»): a word it accepts need not be among <see cref="FirstExact"/>.</summary>
    public bool FirstHasStems => _elements[0].HasStems;

    /// <summary>Length in tokens of a match starting at <paramref name="at"/>, or 0.</summary>
    public int MatchAt(List<Token> tokens, int at) => Match(tokens, at, 0, tokens.Count);

    /// <summary>
    /// <see cref="MatchAt(List{Token}, int)"/> within tokens [.., <paramref name="end"/>), for a token the first element
    /// is known to accept (<paramref name="firstAccepted"/>), or whose word it may accept by a stem only (the exact words are
    /// not looked up again).
    /// </summary>
    public int MatchAt(List<Token> tokens, int at, int end, bool firstAccepted)
    {
        if (!firstAccepted && !_elements[0].AcceptsStem(tokens[at].Lower))
        {
            return 0;
        }

        if (_elements.Length == 1)
        {
            return 1;
        }

        var tail = Match(tokens, at + 1, 1, end);
        return tail > 0 ? tail + 1 : 0;
    }

    private int Match(List<Token> tokens, int at, int element, int end)
    {
        if (element == _elements.Length)
        {
            return 0;
        }

        var e = _elements[element];
        if (e.IsOptional)
        {
            // try skipping the optional word, then consuming one word
            var skip = Match(tokens, at, element + 1, end);
            if (skip > 0 || element + 1 == _elements.Length)
            {
                return skip;
            }

            if (at < end && tokens[at].IsWord)
            {
                var rest = Match(tokens, at + 1, element + 1, end);
                return rest > 0 ? rest + 1 : 0;
            }

            return 0;
        }

        if (at >= end || !e.Accepts(tokens[at].Lower))
        {
            return 0;
        }

        if (element + 1 == _elements.Length)
        {
            return 1;
        }

        var tail = Match(tokens, at + 1, element + 1, end);
        return tail > 0 ? tail + 1 : 0;
    }

    private sealed class Element
    {
        public static readonly Element Optional = new([], [], true);

        // a title or event noun derived from the lexicon lists every case form: looked up in a set
        private const int SetFrom = 6;

        private readonly string[] _exact;
        private readonly HashSet<string>? _exactSet;
        private readonly string[] _prefixes;

        private Element(string[] exact, string[] prefixes, bool optional)
        {
            _exact = exact;
            _exactSet = exact.Length >= SetFrom ? new HashSet<string>(exact, StringComparer.Ordinal) : null;
            _prefixes = prefixes;
            IsOptional = optional;
        }

        public bool IsOptional { get; }

        public IReadOnlyList<string> Alternatives => [.. _exact, .. _prefixes];

        public IReadOnlyList<string> Exact => _exact;

        public bool HasStems => _prefixes.Length > 0;

        public bool AcceptsStem(string word) => AcceptsPrefix(word);

        public static Element Of(string part)
        {
            var alts = part.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(a => Tokenizer.Fold(a)).ToArray();
            return new Element(
                alts.Where(a => !a.EndsWith('*')).ToArray(),
                alts.Where(a => a.EndsWith('*')).Select(a => a.TrimEnd('*')).ToArray(),
                false);
        }

        public bool Accepts(string word)
        {
            if (_exactSet is not null)
            {
                return _exactSet.Contains(word) || AcceptsPrefix(word);
            }

            foreach (var x in _exact)
            {
                if (word == x)
                {
                    return true;
                }
            }

            return AcceptsPrefix(word);
        }

        private bool AcceptsPrefix(string word)
        {
            foreach (var p in _prefixes)
            {
                if (word.StartsWith(p, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
