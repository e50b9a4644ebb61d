namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// Tells plural forms of a noun from singular ones, given its nominative singular and gender
/// ('m', 'f', 'n'; 'p' for plural-only nouns, never called plural here): «визитов», «встречах»,
/// «центров» are plural; «визита», «встречи» are taken as singular.
/// </summary>
public static class NounNumber
{
    private static readonly string[] PluralEndings = ["ами", "ями", "ах", "ях", "ам", "ям"];

    public static bool IsPlural(string lower, string lemma, char gender)
    {
        if (gender == 'p')
        {
            return false;
        }

        if (PluralEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal) && !lemma.EndsWith(e, StringComparison.Ordinal)))
        {
            return true;
        }

        return gender switch
        {
            'm' => lower.Length > lemma.Length && (lower.EndsWith('ы') || lower.EndsWith("ов", StringComparison.Ordinal) || lower.EndsWith("ев", StringComparison.Ordinal)
                   || (lower.EndsWith('и') && !lemma.EndsWith('й') && !lemma.EndsWith('ь'))),
            'f' => lower.Length < lemma.Length,
            'n' => lower.EndsWith("ий", StringComparison.Ordinal) && lemma.EndsWith("ие", StringComparison.Ordinal),
            _ => false,
        };
    }
}
