using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// The nominatives a written surname may come from, read with the morphology dictionary:
/// its surname (or given-name) readings put into the nominative singular of their own gender
/// («Петровой» -> «Петрова», «Буша» -> «Буш»), and for surnames the dictionary lacks, the
/// guesser's readings by the ending («Уэббера» -> «Уэббер», «Ковальской» -> «Ковальская»).
/// Each candidate has a rank: <see cref="StrongRank"/> for surname readings and instrumentals, <see cref="KeepRank"/>
/// for the form read as it is (indeclinable or already nominative), <see cref="WeakRank"/> for an
/// oblique case guessed from a common noun's ending, which counts only with support from
/// another form of the same person. The nominative of a person is chosen from all the forms
/// the article uses (<see cref="Choose"/>).
/// </summary>
public sealed class SurnameForms(MorphAnalyzer morphology)
{
    public const int StrongRank = 0;
    public const int KeepRank = 1;
    public const int WeakRank = 2;
    private const int CacheLimit = 100_000;
    private const double GuessShare = 0.2;
    private const string Vowels = "аеёиоуыэюяьй";
    private static readonly string[] ConsonantStemEndings = ["ом", "а", "у", "е"];

    private readonly BoundedCache<string, FormReadings> _cache = new(CacheLimit, StringComparer.Ordinal);
    private readonly BoundedCache<string, (string Nominative, char Gender)[]> _givenCache = new(CacheLimit, StringComparer.Ordinal);

    private readonly BoundedCache<string, Reading[]> _readingCache = new(CacheLimit, StringComparer.Ordinal);

    private readonly BoundedCache<(string Given, string? Surname, string? Patronymic), GivenName?> _givenReadings = new(CacheLimit);

    public MorphAnalyzer Morphology { get; } = morphology;

    /// <summary>
    /// <see cref="GivenNames.Read"/>'s answer for a given name with the surname and patronymic after it, remembered
    /// (bounded, like the candidates): the same name is read at each of its mentions and in every article naming the person.
    /// </summary>
    internal GivenName? GivenReading((string Given, string? Surname, string? Patronymic) key, Func<SurnameForms, (string Given, string? Surname, string? Patronymic), GivenName?> read) =>
        _givenReadings.TryGetValue(key, out var known) ? known : _givenReadings.Keep(key, read(this, key));

    /// <summary>
    /// A written surname's own readings (surname or given-name marks, singular, not vocative), else the guesser's by its
    /// ending; none for a word not all Cyrillic. Remembered (bounded, like the candidates): a name is read again at each
    /// of its mentions and in every article naming the person.
    /// </summary>
    public IReadOnlyList<Reading> SurnameReadings(string surname) =>
        _readingCache.TryGetValue(surname, out var known) ? known : _readingCache.Keep(surname, ReadSurname(surname));

    private Reading[] ReadSurname(string surname)
    {
        if (!Text.Chars.All(surname, ch => Text.TextNormalizer.IsCyrillic(ch) || ch == '-'))
        {
            return [];
        }

        var named = Morphology.ParseKnown(surname)
            .Where(r => r.Tag.HasAny(Grammemes.Surname | Grammemes.GivenName) && r.Tag.Number == Number.Singular && r.Tag.Case != Case.Vocative).ToArray();
        return named.Length > 0 ? named : [.. Morphology.Guess(surname, IsSurnameLike)];
    }

    /// <summary>The nominatives a surface form may come from, with the gender each implies ('m', 'f', '*') and a rank (lower is better).</summary>
    public IReadOnlyList<(string Nominative, char Gender, int Rank)> Candidates(string form) => Of(form).Candidates;

    /// <summary>
    /// The <see cref="Candidates"/>' nominatives lower-cased, each once, in the candidates' order (worked out once per form:
    /// person grouping compares surnames so at every mention).
    /// </summary>
    public IReadOnlyList<string> LowerNominatives(string form) => Of(form).LowerNominatives;

    private FormReadings Of(string form) =>
        _cache.TryGetValue(form, out var known) ? known : _cache.Keep(form, new FormReadings(Read(form)));

    /// <summary>A form's candidates and, made when first asked, their lower-case nominatives (any thread makes the same list).</summary>
    private sealed class FormReadings((string Nominative, char Gender, int Rank)[] candidates)
    {
        private string[]? _lower;

        public (string Nominative, char Gender, int Rank)[] Candidates { get; } = candidates;

        public string[] LowerNominatives => _lower ??= LowerOf(Candidates);

        private static string[] LowerOf((string Nominative, char Gender, int Rank)[] candidates)
        {
            var lower = new List<string>(candidates.Length);
            foreach (var x in candidates)
            {
                var n = Model.TextCase.ToLower(x.Nominative);
                if (!lower.Contains(n, StringComparer.Ordinal))
                {
                    lower.Add(n);
                }
            }

            return [.. lower];
        }
    }

    /// <summary>
    /// The nominatives a written given name may come from, each with its gender, read with the dictionary
    /// («Алие» -> «Алий» m, «Алия» f; «Дина» -> «Дин» m, «Дина» f). Empty when the dictionary does not know it as a given name.
    /// </summary>
    public IReadOnlyList<(string Nominative, char Gender)> GivenCandidates(string form)
    {
        if (_givenCache.TryGetValue(form, out var known))
        {
            return known;
        }

        var all = Morphology.ParseKnown(form);
        // «Аркади», «Нэнси»: as written, in every case
        var found = all.Any(r => r.Tag.Has(Grammemes.Indeclinable)) ? [] : all
            .Where(r => r.Tag.IsGivenName && r.Tag.Number == Number.Singular && r.Tag.Case != Case.Vocative)
            .Select(r => (Reading: r, Nominative: Morphology.Inflect(r, Case.Nominative, Number.Singular)))
            .Where(x => x.Nominative is not null)
            .Select(x => (Capitalization.Like(x.Nominative!.Word, form), GenderOf(x.Reading.Tag)))
            .Distinct().ToArray();
        return _givenCache.Keep(form, found);
    }

    /// <summary>
    /// The nominative best supported by all <paramref name="forms"/> of one surname: most forms
    /// producing it, then the best rank. <paramref name="gender"/> ('m', 'f' or '*') filters readings.
    /// </summary>
    public (string Nominative, char Gender) Choose(IReadOnlyCollection<string> forms, char gender)
    {
        var distinct = Distinct(forms);
        var scores = new Dictionary<string, (int Support, int Rank, char Gender)>(StringComparer.Ordinal);
        foreach (var form in distinct)
        {
            // one vote per form and nominative: its best rank among the readings of a fitting gender, and the first gender one of them shows
            var candidates = Of(form).Candidates;
            for (var k = 0; k < candidates.Length; k++)
            {
                var (nom, _, _) = candidates[k];
                if (!Fitting(candidates[k], gender) || SeenBefore(candidates, k, gender))
                {
                    continue;
                }

                var (rank, g) = (int.MaxValue, '*');
                for (var j = k; j < candidates.Length; j++)
                {
                    if (Fitting(candidates[j], gender) && string.Equals(candidates[j].Nominative, nom, StringComparison.Ordinal))
                    {
                        rank = Math.Min(rank, candidates[j].Rank);
                        g = g == '*' ? candidates[j].Gender : g;
                    }
                }

                var s = scores.TryGetValue(nom, out var old) ? old : (Support: 0, Rank: int.MaxValue, Gender: '*');
                scores[nom] = (s.Support + 1, Math.Min(s.Rank, rank), s.Gender == '*' ? g : s.Gender);
            }
        }

        // «Хоку» beside «Хок»: a form that is another form's stem under a case ending gains that form's vote
        foreach (var form in distinct)
        {
            if (ConsonantStem(form) is { } stem && !string.Equals(stem, form, StringComparison.Ordinal) && scores.TryGetValue(stem, out var s)
                && !HasNominative(Of(form).Candidates, stem))
            {
                scores[stem] = (s.Support + 1, s.Rank, s.Gender);
            }
        }

        // a weak reading alone does not beat keeping the form: most support, then the best rank, the first on a tie
        KeyValuePair<string, (int Support, int Rank, char Gender)>? best = null;
        foreach (var kv in scores)
        {
            if (best is not { } b || Support(kv.Value) > Support(b.Value) || (Support(kv.Value) == Support(b.Value) && kv.Value.Rank < b.Value.Rank))
            {
                best = kv;
            }
        }

        var chosen = best ?? throw new InvalidOperationException("No nominative for the surname forms.");
        return (chosen.Key, chosen.Value.Gender);

        static int Support((int Support, int Rank, char Gender) v) => v.Rank > KeepRank && v.Support == 1 ? 0 : v.Support;
    }

    /// <summary>A candidate of a gender fitting <paramref name="gender"/> ('*' fits all, and a candidate of '*' fits every gender).</summary>
    private static bool Fitting((string Nominative, char Gender, int Rank) x, char gender) => gender == '*' || x.Gender == '*' || x.Gender == gender;

    /// <summary>Whether a fitting candidate before <paramref name="k"/> has the same nominative (its vote was counted there).</summary>
    private static bool SeenBefore((string Nominative, char Gender, int Rank)[] candidates, int k, char gender)
    {
        for (var j = 0; j < k; j++)
        {
            if (Fitting(candidates[j], gender) && string.Equals(candidates[j].Nominative, candidates[k].Nominative, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNominative((string Nominative, char Gender, int Rank)[] candidates, string nominative)
    {
        foreach (var x in candidates)
        {
            if (string.Equals(x.Nominative, nominative, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The forms each once, in the order first written (a set only for a long list: a person named many times).</summary>
    private static List<string> Distinct(IReadOnlyCollection<string> forms)
    {
        var distinct = new List<string>(Math.Min(forms.Count, 8));
        var seen = forms.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var form in forms)
        {
            if (seen is not null ? seen.Add(form) : !distinct.Contains(form))
            {
                distinct.Add(form);
            }
        }

        return distinct;
    }

    /// <summary>
    /// The stem a man's consonant-final surname would have under a case ending («Колдуэлла», «Колдуэллом» -> «Колдуэлл»),
    /// whatever the guesser read the ending as; only for matching forms of one person, never as a name by itself.
    /// </summary>
    public static string? ConsonantStem(string form)
    {
        foreach (var ending in ConsonantStemEndings)
        {
            if (form.Length > ending.Length + 2 && form.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && !Vowels.Contains(Model.TextCase.ToLower(form[^(ending.Length + 1)])))
            {
                return form[..^ending.Length];
            }
        }

        return null;
    }

    private static readonly string[] CaseEndings = ["ом", "ем", "а", "я", "у", "ю", "е", "и"];

    /// <summary>
    /// The stems a lower-case name form may have under a case ending, with «ь» and «й» for soft ones («бесселю» -> бессел, бессель, бессели);
    /// the form itself too. Only for matching the forms of one name, never as a name by itself.
    /// </summary>
    public static HashSet<string> CaseStems(string lower)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal) { lower };
        foreach (var ending in CaseEndings)
        {
            if (lower.Length >= ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = lower[..^ending.Length];
                stems.Add(stem);
                if (ending is "я" or "ю" or "е" or "ем" or "и")
                {
                    stems.Add(stem + "ь");
                    stems.Add(stem + "й");
                }
            }
        }

        return stems;
    }

    public static char GenderOf(Tag tag) => tag.Gender switch
    {
        Gender.Masculine => 'm',
        Gender.Feminine => 'f',
        _ => '*',
    };

    private (string, char, int)[] Read(string form)
    {
        // «О'Доннеллом», «Д'Обиньи»: after a prefix of one or two letters and an apostrophe, the rest declines alone
        var apostrophe = form.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe is 1 or 2 && form.Length > apostrophe + 2)
        {
            var prefix = form[..(apostrophe + 1)];
            return [.. Read(form[(apostrophe + 1)..]).Select(c => (prefix + c.Item1, c.Item2, c.Item3))];
        }

        var result = new List<(string Nominative, char Gender, int Rank)> { (form, '*', KeepRank) };
        if (form.Length < 2 || form.Contains(' ', StringComparison.Ordinal) || !Text.Chars.All(form, ch => Text.TextNormalizer.IsCyrillic(ch) || ch == '-'))
        {
            return [.. result];
        }

        // a vocative («Лев» of «Лёва») is no form of a name in news text
        var named = Morphology.ParseKnown(form).Where(r => r.Tag.HasAny(Grammemes.Surname | Grammemes.GivenName) && r.Tag.Number != Number.Plural && r.Tag.Case != Case.Vocative).ToList();
        foreach (var r in named)
        {
            Add(result, form, r, StrongRank);
        }

        if (named.Count == 0)
        {
            var guesses = Morphology.Guess(form, IsSurnameLike);
            var top = guesses.Count > 0 ? guesses[0].Score : 0;
            foreach (var r in guesses.Where(g => g.Score >= top * GuessShare))
            {
                Add(result, form, r, GuessRank(r));
            }
        }

        return [.. result];
    }

    // a guessed surname reading or an instrumental («-ом», «-ой») is sure; a genitive, dative or
    // prepositional of a common noun's ending is not: foreign nominatives end in «-а», «-у», «-е» too
    // (and so is a genitive in «-ы»: no nominative singular ends so)
    private static int GuessRank(Reading r) =>
        r.Tag.IsSurname || r.Tag.Case == Case.Instrumental || (r.Tag.Case == Case.Genitive && r.Word.EndsWith('ы')) ? StrongRank
        : r.Tag.Case == Case.Nominative ? KeepRank : WeakRank;

    private void Add(List<(string Nominative, char Gender, int Rank)> result, string form, Reading reading, int rank)
    {
        if (Morphology.Inflect(reading, Case.Nominative, Number.Singular) is not { } nominative)
        {
            return;
        }

        var name = Capitalization.Like(nominative.Word, form);
        var gender = GenderOf(nominative.Tag);
        // the form read as a nominative ranks as keeping it: «Медведева» is first a man's genitive
        rank = string.Equals(name, form, StringComparison.Ordinal) ? Math.Max(rank, KeepRank) : rank;
        var same = result.FindIndex(c => c.Nominative == name && c.Gender == gender);
        if (same < 0)
        {
            result.Add((name, gender, rank));
        }
        else if (rank < result[same].Rank)
        {
            result[same] = (name, gender, rank);
        }
    }

    /// <summary>A singular noun, or a surname declined as an adjective, that is not a patronymic, place, body or abbreviation.</summary>
    public static bool IsSurnameLike(Tag tag) =>
        tag.Number == Number.Singular && (tag.PartOfSpeech == PartOfSpeech.Noun || (tag.PartOfSpeech == PartOfSpeech.Adjective && tag.IsSurname))
        && !tag.HasAny(Grammemes.Patronymic | Grammemes.Geographic | Grammemes.Organization | Grammemes.Abbreviation);
}
