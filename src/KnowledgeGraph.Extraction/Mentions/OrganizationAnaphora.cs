using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Model;
using KnowledgeGraph.Morphology;

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
            if (m.Label != GraphLabels.Organization || m.Key is null)
            {
                continue;
            }

            foreach (var head in HeadsOf(context, m))
            {
                introduced.Add((m.First, head, m));
            }
        }

        if (introduced.Count == 0)
        {
            return;
        }

        introduced.Sort((a, b) => a.First.CompareTo(b.First));

        // both look-ups go forward with i: the body last introduced with each head before token i, and the
        // sentence of each body's latest mention before i (mentions this pass adds are counted as it adds them)
        var latest = new Dictionary<string, Mention>(StringComparer.Ordinal);
        var nextIntroduced = 0;
        var mentions = context.Mentions.Where(m => m.Key is not null).OrderBy(m => m.First).ToList();
        var lastSentence = new Dictionary<string, int>(StringComparer.Ordinal);
        var nextMention = 0;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || (t[i].IsCapitalized && !context.StartsSentence(i)) || !context.IsFree(i, i + 1)
                || context.Lexicons.OrgHeads.LongestAt(t, i) is not { } head || !context.IsFree(i, head.End) || HasOwnName(context, head.End, i))
            {
                continue;
            }

            var gender = head.Entry.Tags.Length > 0 ? head.Entry.Tags[0] : 'm';
            if (NounNumber.IsPlural(t[i].Lower, head.Entry.Canonical, gender) || OnlyPlural(context, i))
            {
                continue;
            }

            // «крупнейший банк», «проправительственная партия»: an adjective describes some body, it does not point back
            if (i > 0 && context.SameSentence(i - 1, i) && t[i - 1].IsWord && PhraseInflection.LooksLikeAdjective(t[i - 1].Text)
                && OrganizationComplement.CanBeAdjective(context, t[i - 1].Text))
            {
                continue;
            }

            for (; nextIntroduced < introduced.Count && introduced[nextIntroduced].First < i; nextIntroduced++)
            {
                LookupMeter.Add();
                latest[introduced[nextIntroduced].Head] = introduced[nextIntroduced].Body;
            }

            for (; nextMention < mentions.Count && mentions[nextMention].First < i; nextMention++)
            {
                LookupMeter.Add();
                Saw(lastSentence, mentions[nextMention].Key!, t[mentions[nextMention].First].Sentence);
            }

            if (latest.GetValueOrDefault(head.Entry.Canonical) is { } body
                && t[i].Sentence - lastSentence.GetValueOrDefault(body.Key!, -1) <= MaxSentencesBack)
            {
                context.Add(new Mention { First = i, Last = head.End, Label = GraphLabels.Organization, Name = body.Name, Key = body.Key });
                Saw(lastSentence, body.Key!, t[i].Sentence);
                i = head.End - 1;
            }
        }
    }

    private const int MaxSentencesBack = 3;

    // «обеих компаний»: every reading of the head is plural, or a number word stands before it
    private static bool OnlyPlural(MentionContext c, int i)
    {
        var morph = PhraseNominative.AnalyzerFor(c.Lexicons);
        var nouns = morph.Parse(c.Tokens[i].Text).Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun).ToList();
        if (nouns.Count > 0 && nouns.All(r => r.Tag.Number == Number.Plural))
        {
            return true;
        }

        return i > 0 && c.SameSentence(i - 1, i) && c.Tokens[i - 1].IsWord
            && morph.Parse(c.Tokens[i - 1].Text) is { Count: > 0 } before && before.All(r => r.Tag.PartOfSpeech == PartOfSpeech.Numeral);
    }

    /// <summary>
    /// The heads a named body can be referred back with: the head it was written with, first or after
    /// capitalised adjectives («концерн Volkswagen», «Большого театра», «Национальный банк»), or the head
    /// of another of its lexicon names («НАТО» is the «Североатлантический альянс»).
    /// </summary>
    private static IEnumerable<string> HeadsOf(MentionContext c, Mention m)
    {
        var t = c.Tokens;
        for (var k = m.First; k < m.Last && k < m.First + 4; k++)
        {
            if (c.Lexicons.OrgHeads.LongestAt(t, k) is { } head && head.End <= m.Last)
            {
                // the head alone is no name: it needs a name after it or a capitalised word before it
                if (head.End < m.Last || (k > m.First && t[m.First].IsCapitalized))
                {
                    yield return head.Entry.Canonical;
                }

                yield break;
            }

            if (!t[k].IsCapitalized || !t[k].IsWord)
            {
                break;
            }
        }

        if (m.Name is { } name && c.Lexicons.Organizations.AliasesOf(name) is { Count: > 0 } aliases)
        {
            foreach (var alias in aliases)
            {
                var words = Text.Tokenizer.Tokenize(alias);
                for (var k = 0; k < words.Count; k++)
                {
                    if (c.Lexicons.OrgHeads.LongestAt(words, k) is { } head)
                    {
                        yield return head.Entry.Canonical;
                        break;
                    }
                }
            }
        }
    }

    private static void Saw(Dictionary<string, int> lastSentence, string key, int sentence) =>
        lastSentence[key] = Math.Max(sentence, lastSentence.GetValueOrDefault(key, -1));

    // «компания «Алтек»», «концерн BMW», «банк Китая»: the head is followed by a name of its own
    private static bool HasOwnName(MentionContext c, int after, int head)
    {
        var t = c.Tokens;
        if (after >= t.Count || !c.SameSentence(head, after))
        {
            return false;
        }

        return t[after].IsCapitalized || t[after].Is('«') || t[after].Is('"') || c.OwnerOf(after) is not null || HasComplement(c, after);
    }

    // «к организации договорного матча», «издание книги»: a noun phrase in the genitive after the head says what
    // it is of, so the word is a common noun here (an action, a thing), not a body met before
    private static bool HasComplement(MentionContext c, int after)
    {
        var word = c.Tokens[after];
        if (!word.IsWord || word.IsCapitalized)
        {
            return false;
        }

        var readings = PhraseNominative.AnalyzerFor(c.Lexicons).Parse(word.Text);
        return readings.Count > 0
            && readings.All(r => r.Tag.PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Participle)
            && readings.Any(r => r.Tag.Case == Case.Genitive);
    }
}
