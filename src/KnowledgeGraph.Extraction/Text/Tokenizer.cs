namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Splits normalised text into words (letters and digits, joined by inner hyphens and
/// apostrophes: «Нур-Султан», «пресс-служба»), numbers and single punctuation marks.
/// </summary>
public static class Tokenizer
{
    /// <summary>How many tokens go by between two looks at the cancellation token.</summary>
    private const int CancellationStride = 4096;

    public static List<Token> Tokenize(string text, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);

        // the first token of each text: later ones share its string and forms (the table is the thread's, emptied after each text)
        var table = _table ?? new Dictionary<string, Token>(StringComparer.Ordinal);
        _table = null;
        table.EnsureCapacity(Math.Min(text.Length / 16, 4096));
        try
        {
            return Tokenize(text, table.GetAlternateLookup<ReadOnlySpan<char>>(), cancellation);
        }
        finally
        {
            table.Clear();
            if (table.EnsureCapacity(0) <= MaxKeptTable)
            {
                _table = table;
            }
        }
    }

    [ThreadStatic]
    private static Dictionary<string, Token>? _table;

    /// <summary>A table grown past this many entries by a very long text is let go, not kept for the thread.</summary>
    private const int MaxKeptTable = 16_384;

    private static List<Token> Tokenize(string text, Dictionary<string, Token>.AlternateLookup<ReadOnlySpan<char>> seen, CancellationToken cancellation)
    {
        var tokens = new List<Token>(text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            if (tokens.Count % CancellationStride == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!IsCyrillicLetter(c) && !char.IsLetterOrDigit(c))
            {
                tokens.Add(Make(seen, text, i, i + 1, TokenKind.Punct));
                i++;
                continue;
            }

            var start = i;
            var letters = false;
            while (i < text.Length)
            {
                var ch = text[i];
                if (IsCyrillicLetter(ch))
                {
                    letters = true;
                    i++;
                }
                else if (char.IsLetterOrDigit(ch))
                {
                    letters |= char.IsLetter(ch);
                    i++;
                }
                else if ((ch == '-' || ch == '\'') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            tokens.Add(Make(seen, text, start, i, letters ? TokenKind.Word : TokenKind.Number));
        }

        return tokens;
    }

    // «А»..«я»: letters all, answered without the Unicode tables (most characters of a Russian text)
    private static bool IsCyrillicLetter(char c) => (uint)(c - '\u0410') <= '\u044f' - '\u0410';

    private static Token Make(Dictionary<string, Token>.AlternateLookup<ReadOnlySpan<char>> seen, string text, int start, int end, TokenKind kind)
    {
        var span = text.AsSpan(start, end - start);
        if (seen.TryGetValue(span, out var same))
        {
            return new Token(start, end, same);
        }

        var token = new Token(start, end, span.ToString(), kind);
        seen.Dictionary[token.Text] = token;
        return token;
    }
}
