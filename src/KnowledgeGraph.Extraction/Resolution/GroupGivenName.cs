using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Model;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// The given name of one person from all the article's mentions: the reading most mentions share,
/// and for a given name nothing reads, the form the others extend with case endings, with the case
/// a mention's surname shows against the person's surname («Гаррета Рейсмана» beside «Рейсман»:
/// a genitive, so «Гаррет»).
/// </summary>
public static class GroupGivenName
{
    private const string Vowels = "аеёиоуыэюяьй";

    /// <summary>
    /// The given name most mentions were read as; on a tie, one the article writes as it is over one read from an oblique
    /// form («Раймонда Озолса» and «Раймон Озолс»: «Раймон»), then <paramref name="first"/>.
    /// </summary>
    public static string? Most(List<Mention> mentions, string? first)
    {
        if (first is null)
        {
            return null;
        }

        // each given name in the order of its first mention: how many mentions, and whether one writes it as it is
        var names = new List<(string Given, int Count, bool AsWritten)>();
        foreach (var m in mentions)
        {
            if (m.Person!.Given is not { } given)
            {
                continue;
            }

            var asWritten = string.Equals(given, m.Person.GivenForm, StringComparison.Ordinal);
            var k = 0;
            while (k < names.Count && !string.Equals(names[k].Given, given, StringComparison.Ordinal))
            {
                k++;
            }

            if (k == names.Count)
            {
                names.Add((given, 1, asWritten));
            }
            else
            {
                names[k] = (given, names[k].Count + 1, names[k].AsWritten || asWritten);
            }
        }

        var best = -1;
        for (var k = 0; k < names.Count; k++)
        {
            if (best < 0 || Before(names[k], names[best]))
            {
                best = k;
            }
        }

        return best < 0 ? first : names[best].Given;

        // more mentions, then written as it is, then the first given name
        bool Before((string Given, int Count, bool AsWritten) a, (string Given, int Count, bool AsWritten) b) =>
            a.Count != b.Count ? a.Count > b.Count
            : a.AsWritten != b.AsWritten ? a.AsWritten
            : a.Given == first && b.Given != first;
    }

    /// <summary>
    /// Two spellings of one given name: a French name's silent final «д» written or not («Раймон» and «Раймонд»,
    /// «Эдуар» and «Эдуард», «Бернар» and «Бернард»).
    /// </summary>
    public static bool Variants(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.Length >= 5 && longer.Length == shorter.Length + 1 && TextCase.ToLower(longer[^1]) == 'д'
               && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) && !Vowels.Contains(TextCase.ToLower(shorter[^1]), StringComparison.Ordinal);
    }

    /// <summary>
    /// For a given name no mention's written form reads (dictionary or lexicon): each mention's reading, brought to the nominative by the case
    /// its surname form shows against <paramref name="surname"/>, and of those the one the others extend with case endings
    /// («Бессель» of «Бесселю», «Сулим» of «Сулима»); <paramref name="given"/> on a tie or when the dictionary reads the name.
    /// </summary>
    public static string Unknown(MentionContext c, List<Mention> mentions, string given, string? surname)
    {
        List<string>? values = null;
        foreach (var m in mentions)
        {
            var p = m.Person!;
            if (p.GivenForm is not { } written || p.Given is null || c.Lexicons.GivenNames.Readings(written).Count > 0)
            {
                continue;
            }

            var inCase = p.Given == written && surname is not null && p.SurnameForm is { } form ? CaseShown(form, surname) : Case.None;
            (values ??= []).Add(inCase != Case.None && DeclinedNameWords.Nominative(written, inCase) is { } nominative ? nominative : p.Given);
        }

        // a name the dictionary reads in some mention's form stands («Раймонд» of «Раймонда» beside «Раймон»)
        if (values is null || mentions.Any(m => m.Person!.GivenForm is { } w && c.Lexicons.GivenNames.Readings(w).Any(r => string.Equals(r.Nominative, given, StringComparison.Ordinal))))
        {
            return given;
        }

        var stems = values.Distinct(StringComparer.Ordinal).ToDictionary(v => v, v => SurnameForms.CaseStems(TextCase.ToLower(v)), StringComparer.Ordinal);
        return stems.Keys.OrderByDescending(w => values.Count(o => o == w || stems[o].Contains(TextCase.ToLower(w))))
            .ThenBy(w => w == given ? 0 : 1).First();
    }

    /// <summary>The case a consonant-final man's surname shows by the ending the written form adds to it («Рейсмана»: the genitive).</summary>
    private static Case CaseShown(string form, string surname)
    {
        if (surname.Length < 2 || Vowels.Contains(TextCase.ToLower(surname[^1]), StringComparison.Ordinal)
            || form.Length <= surname.Length || !form.StartsWith(surname, StringComparison.OrdinalIgnoreCase))
        {
            return Case.None;
        }

        return TextCase.ToLower(form.AsSpan(surname.Length)) switch
        {
            "а" => Case.Genitive,
            "у" => Case.Dative,
            "ом" => Case.Instrumental,
            _ => Case.None,
        };
    }
}
