using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// The nominative of a name word the dictionary cannot read, from the case the sentence puts the
/// name in: a consonant-final name loses its case ending («Лааксонена», «Лааксонену», «Лааксоненом»
/// -> «Лааксонен»); a name in «-ы» is a genitive of one in «-а» whatever the sentence («Тханары» ->
/// «Тханара»: no nominative singular ends so). Given names in «-и», «-у», «-ю», «-о», «-э», «-е»
/// («Кими», «Абу», «Мэтью») do not decline, so they cannot show the case themselves.
/// </summary>
public static class DeclinedNameWords
{
    private const string Vowels = "аеёиоуыэюяьй";
    private const string IndeclinableEndings = "иуюоэе";

    private static readonly Dictionary<Case, string[]> ConsonantEndings = new()
    {
        [Case.Genitive] = ["а"],
        [Case.Accusative] = ["а"],
        [Case.Dative] = ["у"],
        [Case.Instrumental] = ["ом"],
    };

    /// <summary>A given name of a foreign shape that does not decline: it ends in one of «и у ю о э е».</summary>
    public static bool IsIndeclinableGiven(string given) =>
        given.Length >= 2 && IndeclinableEndings.Contains(Model.TextCase.ToLower(given[^1]), StringComparison.Ordinal) && Cyrillic(given);

    /// <summary>
    /// The nominative of <paramref name="word"/> in <paramref name="inCase"/> (<see cref="Case.None"/> when the sentence does not show it);
    /// null when its ending does not show a case ending to take off. The last word of a surname with a particle declines
    /// («бин Хамдана» -> «бин Хамдан»); a lower-case particle or an Arabic article stays.
    /// </summary>
    public static string? Nominative(string word, Case inCase)
    {
        var space = word.LastIndexOf(' ');
        if (space > 0)
        {
            return Nominative(word[(space + 1)..], inCase) is { } last ? word[..(space + 1)] + last : null;
        }

        if (word.Length < 4 || !Cyrillic(word) || !char.IsUpper(word[0]))
        {
            return null;
        }

        var lower = Model.TextCase.ToLower(word);
        if (lower.EndsWith('ы') && !Vowels.Contains(lower[^2], StringComparison.Ordinal))
        {
            return word[..^1] + "а";
        }

        if (!ConsonantEndings.TryGetValue(inCase, out var endings))
        {
            return null;
        }

        foreach (var ending in endings)
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal) && !Vowels.Contains(lower[^(ending.Length + 1)], StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return null;
    }

    private static bool Cyrillic(string word) => Text.Chars.All(word, ch => Text.TextNormalizer.IsCyrillic(ch) || ch is '-' or ' ');
}
