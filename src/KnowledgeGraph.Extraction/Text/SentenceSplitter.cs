namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Splits tokens into sentences: a sentence ends at a line break or at . ! ? … followed by a
/// capital, unless the dot closes an initial («Н. Назарбаева») or a known abbreviation («г.», «им.»).
/// Sets <see cref="Token.Sentence"/> on every token.
/// No sentence is longer than <see cref="MaxTokens"/>: text without sentence ends (a list, a
/// table, a run of words with no stop) is cut, at a comma or semicolon where there is one near
/// the limit. The later stages look at a sentence as a whole, so their cost per sentence is
/// bounded and the cost of an article stays linear in its length.
/// </summary>
public sealed class SentenceSplitter(IReadOnlySet<string> abbreviations)
{
    /// <summary>The longest sentence in tokens: far beyond any real sentence (news sentences stay under about 120).</summary>
    public const int MaxTokens = 300;

    /// <summary>How far back from the limit a comma or semicolon is looked for.</summary>
    private const int CutWindow = MaxTokens / 4;

    public List<Sentence> Split(string text, List<Token> tokens, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i - first + 1 >= MaxTokens)
            {
                var cut = Cut(tokens, first, i);
                cancellation.ThrowIfCancellationRequested();
                Close(sentences, tokens, first, cut);
                first = cut + 1;
                if (first > i)
                {
                    continue;
                }
            }

            if (!EndsSentence(text, tokens, i))
            {
                continue;
            }

            cancellation.ThrowIfCancellationRequested();
            Close(sentences, tokens, first, i);
            first = i + 1;
        }

        if (first < tokens.Count)
        {
            Close(sentences, tokens, first, tokens.Count - 1);
        }

        return sentences;
    }

    /// <summary>Where an over-long sentence ends: the last comma or semicolon near the limit, or the limit itself.</summary>
    private static int Cut(List<Token> tokens, int first, int last)
    {
        for (var k = last; k > last - CutWindow && k > first; k--)
        {
            if (tokens[k].Kind == TokenKind.Punct && tokens[k].Text[0] is ',' or ';')
            {
                return k;
            }
        }

        return last;
    }

    private static void Close(List<Sentence> sentences, List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            tokens[k].Sentence = sentences.Count;
        }

        sentences.Add(new Sentence(tokens[first].Start, tokens[last].End));
    }

    private bool EndsSentence(string text, List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (i + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[i + 1];
        if (text.AsSpan(t.End, next.Start - t.End).Contains('\n'))
        {
            return true;
        }

        // «Когда?» Ответа…: a closing quote or bracket after a stop ends the sentence before a capital
        if (t.Kind == TokenKind.Punct && t.Text[0] is '»' or '"' or ')' && i > 0 && tokens[i - 1].Kind == TokenKind.Punct
            && tokens[i - 1].Text[0] is '.' or '!' or '?' or '…' && next.IsCapitalized)
        {
            return true;
        }

        if (t.Kind != TokenKind.Punct || t.Text[0] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        // closing quotes or brackets right after the stop stay in this sentence
        if (next.Kind == TokenKind.Punct && next.Text[0] is '»' or '"' or ')' or '.' or '!' or '?')
        {
            return false;
        }

        if (next.Kind == TokenKind.Word && !char.IsUpper(next.Text[0]))
        {
            return false;
        }

        if (t.Text[0] == '.' && i > 0 && tokens[i - 1] is { Kind: TokenKind.Word } prev && prev.End == t.Start)
        {
            if (next.Start == t.End && next.Kind == TokenKind.Word && prev.Text.Length >= 3 && next.Text.Length >= 2)
            {
                return false; // «Яндекс.Маркет», «Лента.ру»: a dot inside a name
            }

            if (prev.Text.Length == 1 && char.IsUpper(prev.Text[0]))
            {
                return false; // an initial
            }

            // «2022 г. Стороны»: a year abbreviation after a number may end the sentence; «г. Москва» may not
            var afterNumber = i > 1 && tokens[i - 2].Kind == TokenKind.Number;
            if (abbreviations.Contains(prev.Lower) && !(afterNumber && prev.Lower is "г" or "гг"))
            {
                return false;
            }
        }

        return true;
    }
}
