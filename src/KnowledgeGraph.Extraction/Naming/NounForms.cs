namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// Whether a word is a case form of a noun, by the noun's declension type (its nominative
/// ending and gender): «суда», «судом» are forms of «суд», «Судья» is not; «Германии» is not a
/// form of «Герман». Used to check stem look-ups of nouns (heads, event nouns, given names).
/// </summary>
public static class NounForms
{
    private static readonly string[] HardMasculine = ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "и", "ей", "ем"];
    private static readonly string[] SoftMasculine = ["ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях", "ём"];
    private static readonly string[] JMasculine = ["й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"];
    private static readonly string[] IyMasculine = ["ий", "ия", "ию", "ием", "ии", "ие", "иев", "иям", "иями", "иях"];
    private static readonly string[] AFeminine = ["а", "ы", "и", "е", "у", "ой", "ою", "ей", "ам", "ами", "ах", "ям", "ями", "ях", ""];
    private static readonly string[] YaFeminine = ["я", "и", "е", "ю", "ей", "ею", "ь", "ям", "ями", "ях", "й"];
    private static readonly string[] IyaFeminine = ["ия", "ии", "ию", "ией", "ий", "иям", "иями", "иях"];
    private static readonly string[] SoftFeminine = ["ь", "и", "ью", "ей", "ям", "ями", "ях", "ам", "ами", "ах"];
    private static readonly string[] ONeuter = ["о", "а", "у", "ом", "е", "", "ам", "ами", "ах"];
    private static readonly string[] IeNeuter = ["ие", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"];
    private static readonly string[] ENeuter = ["е", "я", "ю", "ем", "ей", "ям", "ями", "ях"];
    private static readonly string[] AdjectiveFeminine = ["ая", "ой", "ую", "ою"];
    private static readonly string[] Indeclinable = [""];
    private static readonly string[] Plural = ["ы", "и", "ов", "ев", "ей", "ам", "ям", "ами", "ями", "ах", "ях", ""];

    private static readonly HashSet<string> PluralOnly = new(StringComparer.Ordinal) { "ы", "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях" };

    /// <summary>
    /// True when <paramref name="word"/> (lower case) is a form of <paramref name="noun"/> (nominative, lower case);
    /// with <paramref name="singular"/> only singular forms count («Иванов» is no form of the name «Иван»).
    /// </summary>
    public static bool Fits(string word, string noun, char gender, bool singular = false)
    {
        if (word == noun)
        {
            return true;
        }

        var (stemLength, endings) = Paradigm(noun, gender);
        if (word.Length < stemLength || string.CompareOrdinal(word, 0, noun, 0, stemLength) != 0)
        {
            return false;
        }

        var ending = word.AsSpan(stemLength);
        // the bare stem of a noun in -а/-о is a genitive plural («Марин» is no form of «Марина»)
        var pluralForm = PluralOnlyBySpan.Contains(ending) || (ending.Length == 0 && IsVowel(noun[^1]));
        return Contains(endings, ending) && !(singular && pluralForm);
    }

    private static (int StemLength, string[] Endings) Paradigm(string noun, char gender)
    {
        if (gender == 'p')
        {
            return noun.EndsWith('ы') || noun.EndsWith('и') ? (noun.Length - 1, Plural) : (noun.Length, Indeclinable);
        }

        if (noun.EndsWith("ая", StringComparison.Ordinal))
        {
            return (noun.Length - 2, AdjectiveFeminine); // «сборная», «набережная»
        }

        if (noun.EndsWith("ия", StringComparison.Ordinal))
        {
            return (noun.Length - 2, IyaFeminine);
        }

        if (noun.EndsWith("ие", StringComparison.Ordinal))
        {
            return (noun.Length - 2, IeNeuter);
        }

        if (noun.EndsWith("ий", StringComparison.Ordinal))
        {
            return (noun.Length - 2, IyMasculine);
        }

        return noun[^1] switch
        {
            'а' => (noun.Length - 1, AFeminine),
            'я' => (noun.Length - 1, YaFeminine),
            'о' => (noun.Length - 1, ONeuter),
            'е' => (noun.Length - 1, ENeuter),
            'ы' => (noun.Length - 1, Plural), // «Нидерланды», «Филиппины»
            'й' => (noun.Length - 1, JMasculine),
            'ь' => (noun.Length - 1, gender == 'f' ? SoftFeminine : SoftMasculine),
            _ when char.IsLetter(noun[^1]) && !IsVowel(noun[^1]) => (noun.Length, HardMasculine),
            _ => (noun.Length, Indeclinable), // indeclinable: «бюро», «радио»
        };
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralOnlyBySpan = PluralOnly.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Contains(string[] endings, ReadOnlySpan<char> ending)
    {
        foreach (var e in endings)
        {
            if (ending.SequenceEqual(e))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => "аеёиоуыэюя".Contains(c, StringComparison.Ordinal);
}
