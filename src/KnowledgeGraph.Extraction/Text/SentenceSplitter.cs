namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Splits tokens into sentences: a sentence ends at a line break or at . ! ? … followed by a
/// capital, unless the dot closes an initial («Н. Назарбаева») or a known abbreviation («г.», «им.»).
/// Sets <see cref="Token.Sentence"/> on every token.
/// </summary>
public sealed class SentenceSplitter(IReadOnlySet<string> abbreviations)
{
    public List<Sentence> Split(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!EndsSentence(text, tokens, i))
            {
                continue;
            }

            Close(sentences, tokens, first, i);
            first = i + 1;
        }

        if (first < tokens.Count)
        {
            Close(sentences, tokens, first, tokens.Count - 1);
        }

        return sentences;
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
