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
        return Split(text, cancellation);
    }

    /// <summary>
    /// The process's words: a token of each text seen (never handed out; its copies share its forms), so a word
    /// is analysed once however many articles write it. Shared by every thread; past <see cref="MaxWords"/> it starts afresh,
    /// so memory stays small whatever the corpus.
    /// </summary>
    private static readonly WordTable Words = new(MaxWords);

    /// <summary>How many words the table holds before it is emptied.</summary>
    public const int MaxWords = 50_000;

    private static List<Token> Split(string text, CancellationToken cancellation)
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
                tokens.Add(Make(text, i, i + 1, TokenKind.Punct));
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

            tokens.Add(Make(text, start, i, letters ? TokenKind.Word : TokenKind.Number));
        }

        return tokens;
    }

    // «А»..«я»: letters all, answered without the Unicode tables (most characters of a Russian text)
    internal static bool IsCyrillicLetter(char c) => (uint)(c - '\u0410') <= '\u044f' - '\u0410';

    /// <summary>Characters below this one that make a token alone (marks, one-letter words, digits) have a slot of their own.</summary>
    internal const char SingleLimit = '\u2100';

    // a token of each such character, found by the character itself: a quarter of a Russian text's tokens, with no hashing
    private static readonly Token?[] Singles = new Token?[SingleLimit];

    private static Token Make(string text, int start, int end, TokenKind kind)
    {
        if (end == start + 1 && text[start] < SingleLimit)
        {
            // a character's kind is the same wherever it stands alone: a mark, a letter or a digit
            var single = Singles[text[start]] ??= new Token(start, end, text[start].ToString(), kind);
            return new Token(start, end, single);
        }

        var span = text.AsSpan(start, end - start);
        var same = Words.Find(span) ?? Words.Add(new Token(start, end, span.ToString(), kind));
        return new Token(start, end, same);
    }
}
