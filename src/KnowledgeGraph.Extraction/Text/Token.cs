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
/// so a long article holds one copy of each word, not one per occurrence.
/// </summary>
public sealed record Token(int Start, int End, string Text, TokenKind Kind)
{
    private Forms? _forms;

    /// <summary>A token of the same text as <paramref name="same"/> at another place, sharing its forms.</summary>
    internal Token(int start, int end, Token same)
        : this(start, end, same.Text, same.Kind)
    {
        _forms = same.Shared;
    }

    private Forms Shared => _forms ??= new Forms(Text, Kind);

    public string Lower => Shared.Lower;

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
    public string[] Keys => Shared.Keys;

    /// <summary>The numbers (<see cref="Lexicons.StemIds"/>) of those <see cref="Keys"/> that some gazetteer holds, in the same order (computed once per text).</summary>
    public int[] KeyIds => Shared.KeyIds;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all upper case («США», «ЮСАИД»).</summary>
    public bool IsAllCaps => Shared.AllCaps;

    /// <summary>Capitalised with lower-case letters after the first («Москва», «Нур-Султан»).</summary>
    public bool IsTitle => IsCapitalized && !IsAllCaps;

    public bool Is(char c) => Kind == TokenKind.Punct && Text[0] == c;

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

    /// <summary>What follows from the text alone: the lower-case form, all capitals or not, and the look-up keys (made when first asked).</summary>
    private sealed class Forms(string text, TokenKind kind)
    {
        private string[]? _keys;
        private int[]? _keyIds;
        private int _keyIdsOf = -1;

        public string Lower { get; } = Model.TextCase.ToLower(text);

        public bool AllCaps { get; } = kind == TokenKind.Word && Token.AllCaps(text);

        public string[] Keys => _keys ??= kind == TokenKind.Word ? Lexicons.Stems.CandidatesOf(Lower, AllCaps) : [Lower];

        // found again if a gazetteer was built since (the numbers only grow while lexicons load)
        public int[] KeyIds
        {
            get
            {
                var known = Lexicons.StemIds.Count;
                if (_keyIdsOf != known)
                {
                    _keyIds = Lexicons.StemIds.OfCandidates(Lower, kind == TokenKind.Word, AllCaps);
                    _keyIdsOf = known;
                }

                return _keyIds!;
            }
        }
    }
}
