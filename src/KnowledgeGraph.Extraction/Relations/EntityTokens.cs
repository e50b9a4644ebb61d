namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A sentence's relation tokens read from the entity side's tokens of the normalised text, which are already made:
/// the same offsets, and the same words, since in that text every dash is '-' and ё is е, so the relation fold of a word
/// is its lower case. Two things the tokenizers do differently send a sentence back to <see cref="Tokenizer"/>: a token
/// across the sentence's bounds (the relation tokens stop there) and an apostrophe inside a word («О'Нил»: the entity
/// side joins it, the relation side does not).
/// </summary>
internal static class EntityTokens
{
    // the entity side's tokens as the list they are, not an interface: without dynamic PGO every count and token read
    // through IReadOnlyList went through a dispatch stub, at every token of every sentence
    /// <summary>
    /// The tokens of sentence <paramref name="s"/> in <paramref name="into"/> (emptied first), as <see cref="Tokenizer"/>
    /// makes them from the normalised text; false (and <paramref name="into"/> to be filled by the tokenizer) when the
    /// sentence has one of the differences.
    /// </summary>
    public static bool TryTake(List<Text.Token> tokens, Sentence s, List<Token> into)
    {
        into.Clear();
        var k = FirstEndingAfter(tokens, s.Start);
        for (; k < tokens.Count && tokens[k].Start < s.End; k++)
        {
            var t = tokens[k];
            if (t.Start < s.Start || t.End > s.End)
            {
                return false;
            }

            if (t.Kind == Text.TokenKind.Punct)
            {
                into.Add(new Token(t.Start, t.End, Tokenizer.IsHyphen(t.Text[0]) ? "-" : t.Text, false));
            }
            else if (t.Text.Contains('\''))
            {
                return false;
            }
            else
            {
                into.Add(new Token(t.Start, t.End, t.Lower, true));
            }
        }

        return true;
    }

    /// <summary>The first token ending after <paramref name="offset"/> (tokens are in text order and do not overlap).</summary>
    private static int FirstEndingAfter(List<Text.Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
