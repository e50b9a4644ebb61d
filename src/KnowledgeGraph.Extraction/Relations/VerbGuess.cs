namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A cheap guess that a word is a finite past-tense verb («заявил», «провела», «встретились»):
/// the rules use it to stop noun phrases at a predicate. Nouns in -л are rare in titles.
/// </summary>
internal static class VerbGuess
{
    private static readonly string[] Endings = ["ил", "ел", "ал", "ял", "ыл", "ул"];
    private static readonly string[] Suffixes = ["", "а", "о", "и", "ся", "ась", "ось", "ись"];

    /// <summary>Common nouns in -ал/-ел that name bodies and ranks («отдела», «канала», «генерала»): not verbs.</summary>
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "отдел", "раздел", "канал", "журнал", "капитал", "трибунал", "портал", "арсенал", "персонал", "сигнал",
        "финал", "полуфинал", "материал", "генерал", "адмирал", "маршал", "потенциал", "интервал", "квартал",
        "филиал", "терминал", "кардинал", "идеал", "вокал", "минерал", "мемориал", "сериал", "пьедестал",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounLookup = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool LooksLikeVerb(string w)
    {
        // every ending with its suffix ends in one of these letters: most words are refused by their last one
        if (w.Length < 5 || w[^1] is not ('л' or 'а' or 'о' or 'и' or 'я' or 'ь') || w.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var s in Suffixes)
        {
            if (!w.EndsWith(s, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = w.AsSpan(0, w.Length - s.Length);
            foreach (var e in Endings)
            {
                if (stem.EndsWith(e, StringComparison.Ordinal) && stem.Length >= 4 && !NounLookup.Contains(stem))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
