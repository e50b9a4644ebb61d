using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// The dateline of agency copy at the start of a line: «ВАШИНГТОН. КАЗИНФОРМ - …» or
/// «АСТАНА, 5 мая. КАЗИНФОРМ - …»: an upper-case place, then (after a stop) an upper-case
/// agency and a dash. Gives a City and the source agency (an Organization).
/// </summary>
public sealed class DatelineRecognizer : IMentionRecognizer
{
    public void Recognize(MentionContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count && tokens[i].Sentence < 4; i++)
        {
            if (!tokens[i].IsAllCaps || !LineStart(context, i) || TryDateline(context, i))
            {
                continue;
            }
        }
    }

    private static bool LineStart(MentionContext c, int i) =>
        i == 0 || c.Normalized.AsSpan(c.Tokens[i - 1].End, c.Tokens[i].Start - c.Tokens[i - 1].End).Contains('\n');

    private static bool TryDateline(MentionContext c, int i)
    {
        var t = c.Tokens;
        var placeEnd = i;
        while (placeEnd < t.Count && t[placeEnd].IsAllCaps && t[placeEnd].Sentence == t[i].Sentence)
        {
            placeEnd++;
        }

        // skip «, 5 мая» up to the stop before the agency
        var k = placeEnd;
        while (k < t.Count && k < placeEnd + 6 && !t[k].Is('.'))
        {
            k++;
        }

        var agencyStart = k + 1;
        var agencyEnd = agencyStart;
        while (agencyEnd < t.Count && t[agencyEnd].IsAllCaps)
        {
            agencyEnd++;
        }

        if (agencyEnd == agencyStart || agencyEnd >= t.Count || !t[agencyEnd].Is('-') || agencyEnd - agencyStart > 3)
        {
            return false;
        }

        var place = c.Lexicons.Places.LongestAt(t, i);
        var placeName = place is { } p && p.End == placeEnd ? p.Entry.Canonical : TitleCase(c.Surface(i, placeEnd));
        var placeLabel = place is { } q && q.End == placeEnd ? q.Entry.Label : GraphLabels.City;
        var placeMention = c.Add(new Mention { First = i, Last = placeEnd, Label = placeLabel, Name = placeName, Key = MentionKeys.For(placeLabel, placeName) });
        var agencyName = TitleCase(c.Surface(agencyStart, agencyEnd));
        var agency = c.Add(new Mention { First = agencyStart, Last = agencyEnd, Label = GraphLabels.Organization, Name = agencyName, Key = MentionKeys.For(GraphLabels.Organization, agencyName) });
        c.DatelinePlaceKey = placeMention.Key;
        c.SourceAgencyKey = agency.Key;
        return true;
    }

    /// <summary>«НУР-СУЛТАН» -> «Нур-Султан».</summary>
    public static string TitleCase(string upper)
    {
        var chars = TextCase.ToLower(upper).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-')
            {
                chars[i] = TextCase.ToUpper(chars[i]);
            }
        }

        return new string(chars);
    }
}
