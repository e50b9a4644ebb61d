namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// Particles inside personal names: words that open a surname («Ле Пен», «бин Ладен», «Ван Велли»)
/// and Arabic articles written onto it («аль-Хадж», «эль-Масри»).
/// </summary>
public static class NameParticles
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Ле", "Ла", "Де", "де", "Ди", "ди", "Да", "да", "Ван", "ван", "фон", "Фон", "дель", "бин", "ибн", "аль", "эль", "Мак", "ле",
    };

    private static readonly string[] Articles = ["аль-", "эль-", "ад-", "ас-", "ат-", "ан-", "ар-", "аш-", "аз-"];

    /// <summary>A separate particle before a surname («Де» in «Массимо Де Сантис»).</summary>
    public static bool IsParticle(string word) => Words.Contains(word);

    /// <summary>A lower-case surname with an Arabic article («аль-Масуди»).</summary>
    public static bool IsArticleSurname(string word) =>
        word.Length > 4 && char.IsLower(word[0]) && Articles.Any(a => word.StartsWith(a, StringComparison.Ordinal)) && char.IsUpper(word[word.IndexOf('-') + 1]);
}
