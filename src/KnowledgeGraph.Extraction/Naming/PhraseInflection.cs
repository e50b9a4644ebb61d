namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// Puts adjectives that agree with a head noun into the nominative of the head's gender
/// ('m', 'f', 'n', 'p' for plural): «Государственного» + m -> «Государственный»,
/// «Центральной» + f -> «Центральная». Genitive complements are left as they are.
/// </summary>
public static class PhraseInflection
{
    private static readonly string[] AdjectiveEndings =
        ["ыми", "ими", "ого", "его", "ому", "ему", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ым", "им", "ом", "ем", "ых", "их", "ей"];

    private static readonly HashSet<string> SoftEndings = new(StringComparer.Ordinal) { "его", "ему", "ий", "яя", "ее", "ие", "юю", "им", "ем", "их", "ими", "ей" };

    /// <summary>True when the word looks like an adjective (a long-form adjective ending).</summary>
    public static bool LooksLikeAdjective(string word) => word.Length > 4 && EndsWithAnyIgnoringCase(word, AdjectiveEndings);

    /// <summary>The plain answer <see cref="LooksLikeAdjective"/> gives faster (the tests' reference).</summary>
    internal static bool LooksLikeAdjectiveByScan(string word) => word.Length > 4 && Text.Affixes.EndsWithAny(word, AdjectiveEndings, StringComparison.OrdinalIgnoreCase);

    /// <summary>The plain answer <see cref="ClearlyAdjective"/> gives faster (the tests' reference).</summary>
    internal static bool ClearlyAdjectiveByScan(string word) => word.Length > 5 && Text.Affixes.EndsWithAny(word, ClearAdjectiveEndings, StringComparison.OrdinalIgnoreCase);

    private const int LongestEnding = 3;

    /// <summary>
    /// <see cref="Text.Affixes.EndsWithAny"/> with <see cref="StringComparison.OrdinalIgnoreCase"/> for <paramref name="endings"/> of lower-case
    /// letters «а»..«я», at most three long: when the word's last three letters are «А»..«я» (almost always), they are lower-cased once and
    /// compared ordinally (within «А»..«я» a letter equals a lower-case one ignoring case only as its lower case); else the plain comparison.
    /// </summary>
    private static bool EndsWithAnyIgnoringCase(string word, string[] endings)
    {
        if (word.Length < LongestEnding)
        {
            return Text.Affixes.EndsWithAny(word, endings, StringComparison.OrdinalIgnoreCase);
        }

        Span<char> tail = stackalloc char[LongestEnding];
        for (var k = 0; k < LongestEnding; k++)
        {
            var c = word[word.Length - LongestEnding + k];
            if (c is < 'А' or > 'я')
            {
                return Text.Affixes.EndsWithAny(word, endings, StringComparison.OrdinalIgnoreCase);
            }

            tail[k] = c <= 'Я' ? (char)(c + ('а' - 'А')) : c;
        }

        return Text.Affixes.EndsWithAny(tail, endings);
    }

    /// <summary>Stems of participles that do stand in titles («действующий», «исполняющий обязанности», «бывший», «избранный»).</summary>
    private static readonly string[] TitleParticiples = ["действующ", "исполняющ", "заведующ", "управляющ", "командующ", "председательствующ", "ведущ", "будущ", "настоящ", "бывш"];

    /// <summary>
    /// A participle by its suffix («проводимые», «возглавляемый», «возглавлявший», «работающий»,
    /// «подписанный», «организованного»): it opens a clause of its own, so it never starts a title
    /// or a name. A few participles that do belong to titles are left out.
    /// </summary>
    public static bool LooksLikeParticiple(string word)
    {
        var w = Model.TextCase.ToLower(word).Replace('ё', 'е');
        var ending = AdjectiveEndings.FirstOrDefault(e => w.EndsWith(e, StringComparison.Ordinal));
        if (ending is null || w.Length - ending.Length < 5)
        {
            return false;
        }

        var stem = w[..^ending.Length];
        if (TitleParticiples.Any(p => stem.EndsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        return stem.EndsWith("аем", StringComparison.Ordinal) || stem.EndsWith("яем", StringComparison.Ordinal)
            || stem.EndsWith("уем", StringComparison.Ordinal) || stem.EndsWith("дим", StringComparison.Ordinal)
            || stem.EndsWith("вим", StringComparison.Ordinal) || stem.EndsWith("вш", StringComparison.Ordinal)
            || stem.EndsWith("ющ", StringComparison.Ordinal) || stem.EndsWith("ящ", StringComparison.Ordinal)
            || stem.EndsWith("санн", StringComparison.Ordinal) || stem.EndsWith("ованн", StringComparison.Ordinal)
            || stem.EndsWith("еванн", StringComparison.Ordinal) || stem.EndsWith("занн", StringComparison.Ordinal)
            || (stem.EndsWith("ченн", StringComparison.Ordinal) && !stem.EndsWith("омоченн", StringComparison.Ordinal));
    }

    private static readonly string[] ClearAdjectiveEndings =
        ["ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их"];

    /// <summary>
    /// Stricter than <see cref="LooksLikeAdjective"/>: endings that names rarely have («Салим», «Рустем»
    /// end like instrumental adjectives, «Евлогий» like a masculine one; «Российская» does not look like a name).
    /// </summary>
    public static bool ClearlyAdjective(string word) => word.Length > 5 && EndsWithAnyIgnoringCase(word, ClearAdjectiveEndings);

    public static string ToNominative(string adjective, char gender)
    {
        string? ending = null;
        foreach (var e in AdjectiveEndings)
        {
            if (adjective.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            {
                ending = e;
                break;
            }
        }

        if (ending is null)
        {
            return adjective;
        }

        var stem = adjective[..^ending.Length];
        var last = Model.TextCase.ToLower(stem[^1]);
        var velar = last is 'г' or 'к' or 'х';
        var hushing = last is 'ж' or 'ш' or 'ч' or 'щ';
        var soft = SoftEndings.Contains(ending) && !velar && !(hushing && ending is "ей" or "ем" or "им");
        if (ending == "ой" && gender == 'm')
        {
            return adjective; // «Большой», «Толстой»: a masculine -ой is already nominative
        }

        var nominative = gender switch
        {
            'f' => soft ? "яя" : "ая",
            'n' => soft || hushing ? "ее" : "ое",
            'p' => soft || velar || hushing ? "ие" : "ые",
            _ => soft || velar || hushing ? "ий" : "ый",
        };
        var result = stem + nominative;
        return Text.Chars.All(adjective, c => !char.IsLetter(c) || char.IsUpper(c)) ? Model.TextCase.ToUpper(result) : result;
    }

    /// <summary>The noun's nominative with the first letter cased as in the surface form.</summary>
    public static string MatchCase(string nominative, string surface) =>
        surface.Length > 0 && nominative.Length > 0 && char.IsUpper(surface[0]) != char.IsUpper(nominative[0])
            ? (char.IsUpper(surface[0]) ? Model.TextCase.ToUpper(nominative[0]) : Model.TextCase.ToLower(nominative[0])) + nominative[1..]
            : nominative;
}
