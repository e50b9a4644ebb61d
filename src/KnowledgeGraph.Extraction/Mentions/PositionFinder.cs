using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// The position written in front of a person («Президента РК К.Токаева», «Заместитель
/// Госсекретаря США по вопросам … У.Зея»): from the farthest position word (with the adjectives
/// before it) up to the name, within the sentence and without commas. The position word goes to
/// the nominative; what follows it stays as written.
/// </summary>
public static class PositionFinder
{
    private const int MaxTokens = 14;

    public static void Attach(MentionContext c, Mention person)
    {
        var t = c.Tokens;
        var first = person.First;
        var stop = Math.Max(0, first - MaxTokens);
        (int Index, Lexicons.GazetteerMatch Match)? found = null;
        for (var k = first - 1; k >= stop && t[k].Sentence == t[first].Sentence; k--)
        {
            if ((t[k].Kind == TokenKind.Punct && !t[k].Is('-')) || c.OwnerOf(k) == Model.GraphLabels.Person)
            {
                break;
            }

            if (c.Lexicons.Positions.LongestAt(t, k) is { } pos && pos.End <= first)
            {
                found = (k, pos);
            }
        }

        if (found is not { } f)
        {
            return;
        }

        var start = f.Index;
        while (start - 1 >= 0 && t[start - 1].IsWord && t[start - 1].Sentence == t[f.Index].Sentence
               && PhraseInflection.LooksLikeAdjective(t[start - 1].Text) && !PhraseInflection.LooksLikeParticiple(t[start - 1].Text) && c.OwnerOf(start - 1) is null)
        {
            start--;
        }

        var parts = new List<string>();
        for (var a = start; a < f.Index; a++)
        {
            parts.Add(PhraseInflection.ToNominative(t[a].Text, 'm'));
        }

        parts.Add(PhraseInflection.MatchCase(f.Match.Entry.Canonical, t[f.Index].Text));
        var rest = f.Match.End < first ? c.Surface(f.Match.End, first).Trim(' ', '-') : string.Empty;
        var position = string.Join(' ', parts) + (rest.Length > 0 ? " " + rest : string.Empty);
        person.Properties["position"] = position.Replace(" - ", " ", StringComparison.Ordinal);
    }
}
