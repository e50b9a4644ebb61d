namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Adjectives by their endings («генеральный директор», «рабочий визит»): enough to extend a title or an event name leftwards.</summary>
internal static class Adjectives
{
    private const int Max = 2;
    private static readonly string[] Nominative = ["ый", "ий", "ой", "ая", "яя", "ое", "ее"];

    private static readonly string[] Endings =
        ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ой", "ую", "юю", "ых", "их", "ыми", "ими"];

    public static bool Looks(SentenceView v, int i, bool nominative = false)
    {
        var t = v.Tokens[i];
        return t.IsWord && t.Lower.Length > 3 && v.MentionAt(i) is null
            && Text.Affixes.EndsWithAny(t.Lower, nominative ? Nominative : Endings)
            && !Naming.PhraseInflection.LooksLikeParticiple(t.Lower);
    }

    /// <summary>The first token of up to two adjectives right before token <paramref name="head"/>.</summary>
    public static int StartBefore(SentenceView v, int head, bool nominative = false)
    {
        var a = head;
        while (a > 0 && head - a < Max && Looks(v, a - 1, nominative))
        {
            a--;
        }

        return a;
    }
}
