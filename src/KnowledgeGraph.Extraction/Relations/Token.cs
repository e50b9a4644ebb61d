namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A word or punctuation mark of a sentence: offsets into the text, lower-cased form. Held in 16 bytes, not 24 (a
/// sentence's tokens are an array of these): whether it is a word is the sign of the stored end (a mark's end is kept
/// as its complement), which offsets never use.
/// </summary>
internal readonly record struct Token
{
    private readonly int _end;

    public Token(int start, int end, string lower, bool isWord)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(end);
        Lower = lower;
        Start = start;
        _end = isWord ? end : ~end;
    }

    public string Lower { get; }

    public int Start { get; }

    /// <summary>The end (exclusive): the stored value, or its complement for a mark.</summary>
    public int End => _end ^ (_end >> 31);

    public bool IsWord => _end >= 0;

    public int Length => End - Start;
}

/// <summary>Splits a sentence into words (letters, digits, inner hyphens and dots of abbreviations) and single marks.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end) => Tokenize(text, start, end, new FoldCache());

    /// <summary>The tokens of [<paramref name="start"/>, <paramref name="end"/>), their folded forms shared through <paramref name="folds"/> (one string per distinct word of a document).</summary>
    public static List<Token> Tokenize(string text, int start, int end, FoldCache folds)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 6));
        Tokenize(text, start, end, folds, tokens);
        return tokens;
    }

    /// <summary>The tokens of [<paramref name="start"/>, <paramref name="end"/>) in <paramref name="tokens"/>, emptied first (a list reused from sentence to sentence).</summary>
    public static void Tokenize(string text, int start, int end, FoldCache folds, List<Token> tokens)
    {
        tokens.Clear();
        var i = start;
        while (i < end)
        {
            // a letter or digit first: no letter is a blank, and the blank test of a Cyrillic letter asks the Unicode table
            var c = text[i];
            if (IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && (IsLetterOrDigit(text[j])
                    || (IsHyphen(text[j]) && j + 1 < end && IsLetterOrDigit(text[j + 1]) && IsLetterOrDigit(text[j - 1]))))
                {
                    j++;
                }

                tokens.Add(new Token(i, j, folds.Fold(text.AsSpan(i, j - i)), true));
                i = j;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            tokens.Add(new Token(i, i + 1, folds.Mark(text.AsSpan(i, 1)), false));
            i++;
        }
    }

    /// <summary>
    /// <see cref="char.IsLetterOrDigit(char)"/>, the basic Cyrillic letters (А..я, U+0410..U+044F) answered without the
    /// Unicode table: most characters of a Russian text are those, and the table is asked once a character otherwise.
    /// </summary>
    public static bool IsLetterOrDigit(char c) => Text.Tokenizer.IsCyrillicLetter(c) || char.IsLetterOrDigit(c);

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>Lower case, ё as е, every dash as '-'.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        Span<char> buf = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        return new string(Fold(s, buf));
    }

    /// <summary><see cref="Fold(ReadOnlySpan{char})"/> written into <paramref name="into"/> (as long as <paramref name="s"/> at least): the fold is char for char.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> s, Span<char> into)
    {
        for (var k = 0; k < s.Length; k++)
        {
            var c = Model.TextCase.ToLower(s[k]);
            into[k] = c == 'ё' ? 'е' : IsHyphen(c) ? '-' : c;
        }

        return into[..s.Length];
    }
}

/// <summary>The folded form of each distinct word (and mark) met so far: one string per word, not one per occurrence.</summary>
internal sealed class FoldCache
{
    /// <summary>Words a thread's cache holds at most: past that it starts again (a news stream's vocabulary fits many times over).</summary>
    public const int ThreadLimit = 50_000;

    [ThreadStatic]
    private static FoldCache? t_shared;

    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public FoldCache() => _bySpan = _folded.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Distinct words and marks held.</summary>
    public int Count => _folded.Count;

    /// <summary>
    /// The cache of the calling thread, kept from document to document: the words of one article are mostly the words
    /// of the one before, so their strings are made once, not once an article. Emptied when it holds <see cref="ThreadLimit"/> words.
    /// </summary>
    public static FoldCache ForThread()
    {
        var cache = t_shared ??= new FoldCache();
        if (cache._folded.Count >= ThreadLimit)
        {
            cache._folded.Clear();
        }

        return cache;
    }

    /// <summary>The same as <see cref="Tokenizer.Fold"/>.</summary>
    public string Fold(ReadOnlySpan<char> word)
    {
        if (!_bySpan.TryGetValue(word, out var folded))
        {
            folded = Tokenizer.Fold(word);
            _folded[word.SequenceEqual(folded) ? folded : word.ToString()] = folded;
        }

        return folded;
    }

    /// <summary>A punctuation mark as a token's text: every dash as '-'.</summary>
    public string Mark(ReadOnlySpan<char> mark)
    {
        if (!_bySpan.TryGetValue(mark, out var text))
        {
            text = Tokenizer.IsHyphen(mark[0]) ? "-" : mark.ToString();
            _folded[mark.ToString()] = text;
        }

        return text;
    }
}
