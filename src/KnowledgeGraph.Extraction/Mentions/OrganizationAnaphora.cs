using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// A head noun alone refers back to the body last introduced with it: after «концерн Volkswagen»,
/// «концерна» is Volkswagen; after «телеканал «Вега»», «канал» is not, but «телеканал» is. Only a
/// singular head with no name of its own after it and no adjective before it, and only when the
/// article has named such a body in the last few sentences; otherwise nothing is added.
/// </summary>
public sealed class OrganizationAnaphora : IMentionRecognizer
{
    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        var introduced = new List<(int First, string Head, Mention Body)>();
        foreach (var m in context.Mentions)
        {
            if (m.Label == GraphLabels.Organization && m.Key is not null && context.Lexicons.OrgHeads.LongestAt(t, m.First) is { } head && head.End < m.Last)
            {
                introduced.Add((m.First, head.Entry.Canonical, m));
            }
        }

        if (introduced.Count == 0)
        {
            return;
        }

        introduced.Sort((a, b) => a.First.CompareTo(b.First));
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || (t[i].IsCapitalized && !context.StartsSentence(i)) || !context.IsFree(i, i + 1)
                || context.Lexicons.OrgHeads.LongestAt(t, i) is not { } head || !context.IsFree(i, head.End) || HasOwnName(context, head.End, i))
            {
                continue;
            }

            var gender = head.Entry.Tags.Length > 0 ? head.Entry.Tags[0] : 'm';
            if (NounNumber.IsPlural(t[i].Lower, head.Entry.Canonical, gender))
            {
                continue;
            }

            // «крупнейший банк», «проправительственная партия»: an adjective describes some body, it does not point back
            if (i > 0 && context.SameSentence(i - 1, i) && t[i - 1].IsWord && PhraseInflection.LooksLikeAdjective(t[i - 1].Text))
            {
                continue;
            }

            var (_, _, body) = introduced.LastOrDefault(x => x.First < i && x.Head == head.Entry.Canonical);
            if (body is not null && t[i].Sentence - LastSentence(context, body.Key!, i) <= MaxSentencesBack)
            {
                context.Add(new Mention { First = i, Last = head.End, Label = GraphLabels.Organization, Name = body.Name, Key = body.Key });
                i = head.End - 1;
            }
        }
    }

    private const int MaxSentencesBack = 3;

    // the sentence of the latest mention of the body before token i
    private static int LastSentence(MentionContext c, string key, int i)
    {
        var last = -1;
        foreach (var m in c.Mentions)
        {
            if (m.Key == key && m.First < i)
            {
                last = Math.Max(last, c.Tokens[m.First].Sentence);
            }
        }

        return last;
    }

    // «компания «Алтек»», «концерн BMW», «банк Китая»: the head is followed by a name of its own
    private static bool HasOwnName(MentionContext c, int after, int head)
    {
        var t = c.Tokens;
        if (after >= t.Count || !c.SameSentence(head, after))
        {
            return false;
        }

        return t[after].IsCapitalized || t[after].Is('«') || t[after].Is('"') || c.OwnerOf(after) is not null;
    }
}
