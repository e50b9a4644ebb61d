namespace KnowledgeGraph.Extraction.Text;

public enum TokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>A token of the normalised text: offsets (end exclusive), the text and its lower-case form.</summary>
public sealed record Token(int Start, int End, string Text, TokenKind Kind)
{
    public string Lower { get; } = Model.TextCase.ToLower(Text);

    public int Sentence { get; set; }

    private string[]? _keys;

    public const int MemoSlots = 12;

    private Lexicons.GazetteerMatch?[]? _memo;
    private ulong _memoSet;

    /// <summary>A gazetteer's remembered answer for a look-up starting at this token.</summary>
    public bool Memo(int gazetteer, out Lexicons.GazetteerMatch? match)
    {
        if (gazetteer < MemoSlots && (_memoSet & (1UL << gazetteer)) != 0)
        {
            match = _memo![gazetteer];
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

        _memo ??= new Lexicons.GazetteerMatch?[MemoSlots];
        _memo[gazetteer] = match;
        _memoSet |= 1UL << gazetteer;
    }

    /// <summary>The look-up keys of this token: its candidate stems for words, the text itself otherwise (computed once).</summary>
    public string[] Keys => _keys ??= Kind == TokenKind.Word ? [.. Lexicons.Stems.CandidatesOf(Lower, IsAllCaps)] : [Lower];

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all upper case («США», «ЮСАИД»).</summary>
    public bool IsAllCaps { get; } = Kind == TokenKind.Word && Text.Length >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Any(char.IsLetter);

    /// <summary>Capitalised with lower-case letters after the first («Москва», «Нур-Султан»).</summary>
    public bool IsTitle => IsCapitalized && !IsAllCaps;

    public bool Is(char c) => Kind == TokenKind.Punct && Text[0] == c;
}
