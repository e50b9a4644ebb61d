using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Names an event from its mention: adjectives agreeing with a nominative head, the canonical noun,
/// then the place («в Вашингтон») or the occasion («по случаю …», «в честь …») that follows.
/// «рабочий визит в Вашингтон» -> «Рабочий визит в Вашингтон»; «визита» -> «Визит».
/// </summary>
internal static class EventNaming
{
    private const int MaxOccasionWords = 8;

    public static string Name(SentenceView v, int head, string canonical, string text)
    {
        var nominative = v.Tokens[head].Lower == Tokenizer.Fold(canonical);
        var parts = new List<string>();
        if (nominative)
        {
            for (var k = Adjectives.StartBefore(v, head, nominative: true); k < head; k++)
            {
                parts.Add(v.Tokens[k].Lower);
            }
        }

        parts.Add(canonical);
        var name = string.Join(' ', parts);
        return Capitalise(name + Complement(v, head + 1, text));
    }

    private static string Complement(SentenceView v, int at, string text)
    {
        var w = v.Word(at);
        if (w is "в" or "во" && v.NextMention(at + 1) is { } place && place.First == at + 1 && place.IsPlace)
        {
            return " в " + place.Entity.Name;
        }

        var occasion = (w == "по" && v.Word(at + 1) == "случаю") || (w == "в" && v.Word(at + 1) == "честь")
            || (w is "к" or "ко" or "по" or "о" or "об");
        if (!occasion)
        {
            return string.Empty;
        }

        var end = at;
        var words = 0;
        while (end < v.Tokens.Count && v.Tokens[end].IsWord && words++ < MaxOccasionWords)
        {
            end++;
        }

        return end - at < 2 ? string.Empty : " " + text[v.Tokens[at].Start..v.Tokens[end - 1].End];
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
