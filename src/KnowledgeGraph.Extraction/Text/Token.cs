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

    // answers are remembered by a bit each; the array exists only once some look-up here found a match
    private Lexicons.GazetteerMatch?[]? _memo;
    private ulong _memoSet;

    /// <summary>A gazetteer's remembered answer for a look-up starting at this token.</summary>
    public bool Memo(int gazetteer, out Lexicons.GazetteerMatch? match)
    {
        if (gazetteer < MemoSlots && (_memoSet & (1UL << gazetteer)) != 0)
        {
            match = _memo?[gazetteer];
            return true;
        }

        match = null;
        return false;
    }

    public void Remember(int gazetteer, Lexicons.GazetteerMatch? match)
    {
        if (gazetteer >= MemoSlots)
        {
            return;
        }

        if (match is not null)
        {
            _memo ??= new Lexicons.GazetteerMatch?[MemoSlots];
            _memo[gazetteer] = match;
        }

        _memoSet |= 1UL << gazetteer;
    }

    /// <summary>The look-up keys of this token: its candidate stems for words, the text itself otherwise (computed once per text).</summary>
    public string[] Keys => Shared.Keys;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all upper case («США», «ЮСАИД»).</summary>
    public bool IsAllCaps => Shared.AllCaps;

    /// <summary>Capitalised with lower-case letters after the first («Москва», «Нур-Султан»).</summary>
    public bool IsTitle => IsCapitalized && !IsAllCaps;

    public bool Is(char c) => Kind == TokenKind.Punct && Text[0] == c;

    /// <summary>What follows from the text alone: the lower-case form, all capitals or not, and the look-up keys (made when first asked).</summary>
    private sealed class Forms(string text, TokenKind kind)
    {
        private string[]? _keys;

        public string Lower { get; } = Model.TextCase.ToLower(text);

        public bool AllCaps { get; } = kind == TokenKind.Word && text.Length >= 2 && text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && text.Any(char.IsLetter);

        public string[] Keys => _keys ??= kind == TokenKind.Word ? [.. Lexicons.Stems.CandidatesOf(Lower, AllCaps)] : [Lower];
    }
}
