namespace KnowledgeGraph.Extraction.Text;

public enum TokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A token of the normalised text: offsets (end exclusive), the text and its lower-case form. Tokens of
/// the same text made by <see cref="Tokenizer"/> share the text, its lower-case form and its look-up keys,
/// in one article and across articles (the tokenizer's word table is the process's), so what follows from
/// a word's letters is worked out once, not once per occurrence or per article. A token holds its offsets,
/// its sentence and its memo; the text and its kind are kept with the shared forms (a token of a ~3 KB
/// article is one of hundreds, so each field it does not repeat counts).
/// </summary>
public sealed record Token
{
    private readonly Forms _forms;

    public Token(int start, int end, string text, TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        (Start, End, _forms) = (start, end, new Forms(text, kind));
    }

    /// <summary>A token of the same text as <paramref name="same"/> at another place, sharing its forms.</summary>
    internal Token(int start, int end, Token same) => (Start, End, _forms) = (start, end, same._forms);

    public int Start { get; init; }

    public int End { get; init; }

    public string Text => _forms.Text;

    public TokenKind Kind => _forms.Kind;

    public string Lower => _forms.Lower;

    public int Sentence { get; set; }

    public const int MemoSlots = 12;

    // answers are remembered by a bit each; a match found is kept in a short chain of its own (most tokens
    // start a match of one or two gazetteers, so a chain costs less than a slot for every gazetteer)
    private MemoEntry? _memo;
    private ushort _memoSet;

    /// <summary>A gazetteer's remembered answer for a look-up starting at this token.</summary>
    public bool Memo(int gazetteer, out Lexicons.GazetteerMatch? match)
    {
        match = null;
        if (gazetteer >= MemoSlots || (_memoSet & (1 << gazetteer)) == 0)
        {
            return false;
        }

        for (var m = _memo; m is not null; m = m.Next)
        {
            if (m.Gazetteer == gazetteer)
            {
                match = m.Match;
                break;
            }
        }

        return true;
    }

    public void Remember(int gazetteer, Lexicons.GazetteerMatch? match)
    {
        if (gazetteer >= MemoSlots)
        {
            return;
        }

        if (match is { } found)
        {
            _memo = new MemoEntry(gazetteer, found, _memo);
        }

        _memoSet |= (ushort)(1 << gazetteer);
    }

    /// <summary>The look-up keys of this token: its candidate stems for words, the text itself otherwise (computed once per text).</summary>
    public string[] Keys => _forms.Keys;

    /// <summary>The numbers (<see cref="Lexicons.StemIds"/>) of those <see cref="Keys"/> that some gazetteer holds, in the same order (computed once per text).</summary>
    public int[] KeyIds => _forms.KeyIds;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => _forms.Capitalized;

    /// <summary>
    /// The gazetteer slots (<see cref="Lexicons.Gazetteer.Slot"/>, a bit each) of which some gazetteer has a phrase whose first
    /// word has one of this token's <see cref="KeyIds"/> (<see cref="Lexicons.StemIds.RootMask"/>): a slot without its bit has no
    /// phrase starting at this token.
    /// </summary>
    public int RootMask => _forms.RootMask;

    /// <summary>Two or more letters, all upper case («США», «ЮСАИД»).</summary>
    public bool IsAllCaps => _forms.AllCaps;

    /// <summary>Capitalised with lower-case letters after the first («Москва», «Нур-Султан»).</summary>
    public bool IsTitle => IsCapitalized && !IsAllCaps;

    public bool Is(char c) => Kind == TokenKind.Punct && Text[0] == c;

    /// <summary>
    /// What the recognisers have found out about this word with one set of lexicons (<see cref="Mentions.WordFacts"/>), shared by
    /// every token of the same text as its forms are; null until asked.
    /// </summary>
    internal object? Facts
    {
        get => _forms.Facts;
        set => _forms.Facts = value;
    }

    private static bool AllCaps(string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var letters = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters = true;
            }
        }

        return letters;
    }

    private sealed record MemoEntry(int Gazetteer, Lexicons.GazetteerMatch Match, MemoEntry? Next);

    /// <summary>
    /// What follows from the text alone: the lower-case form, capitalised or all capitals, and the look-up keys (made when
    /// first asked). Shared by every thread: the fields made later are each one reference written whole, and any thread
    /// makes the same value, so a race makes it twice at worst.
    /// </summary>
    private sealed class Forms(string text, TokenKind kind)
    {
        // the bit of the packed root mask that says it was found (the slots' bits are the 16 below it)
        private const long MaskKnown = 1L << 16;

        private string[]? _keys;
        private KeyNumbers? _numbers;

        // the root mask and the version it was found at in one word, read and written whole: the gazetteers ask it of every
        // token they are asked about, and a word read here costs no read of the key numbers' object
        private long _mask;

        public string Text { get; } = text;

        public TokenKind Kind { get; } = kind;

        public object? Facts { get; set; }

        public string Lower { get; } = Model.TextCase.ToLower(text);

        public bool AllCaps { get; } = kind == TokenKind.Word && Token.AllCaps(text);

        public bool Capitalized { get; } = kind == TokenKind.Word && char.IsUpper(text[0]);

        public string[] Keys => _keys ??= Kind == TokenKind.Word ? Lexicons.Stems.CandidatesOf(Lower, AllCaps) : [Lower];

        public int[] KeyIds => Numbers.Ids;

        /// <summary><see cref="Numbers"/>' root mask, found again when the version has changed.</summary>
        public int RootMask
        {
            get
            {
                var packed = Volatile.Read(ref _mask);
                if ((packed & MaskKnown) != 0 && (int)(packed >> 32) == Lexicons.StemIds.Version)
                {
                    return (int)(packed & (MaskKnown - 1));
                }

                var numbers = Numbers;
                Volatile.Write(ref _mask, ((long)numbers.Version << 32) | MaskKnown | (uint)numbers.RootMask);
                return numbers.RootMask;
            }
        }

        // found again if a gazetteer was built since (keys and first words are only added while lexicons load)
        public KeyNumbers Numbers
        {
            get
            {
                var numbers = _numbers;
                var version = Lexicons.StemIds.Version;
                if (numbers is null || numbers.Version != version)
                {
                    var ids = Lexicons.StemIds.OfCandidates(Lower, Kind == TokenKind.Word, AllCaps);
                    _numbers = numbers = new KeyNumbers(ids, Lexicons.StemIds.RootMask(ids), version);
                }

                return numbers;
            }
        }
    }

    /// <summary>A word's key numbers and the slots whose gazetteers start a phrase with one of them, as of a version of <see cref="Lexicons.StemIds"/>.</summary>
    private sealed record KeyNumbers(int[] Ids, int RootMask, int Version);
}
