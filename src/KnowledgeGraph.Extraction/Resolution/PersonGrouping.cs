using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Groups person mentions of one article and names each group. Mentions go together when
/// their surnames can share a nominative («Лужкова» ~ «Лужков») and their given names or
/// initials do not disagree; a surname alone joins the latest compatible group. The surname's
/// nominative is the one a given name agreed with, else chosen from all forms of the group
/// (<see cref="Naming.SurnameForms"/>).
/// Names: «Ержан Казыхан» with a given name, «К.Токаев» with initials only, else the surname.
/// Keys: surname plus the first initial («person:kazykhan-e»), so «Е.Казыхан» in another
/// article gets the same key as «Ержан Казыхан»; a surname seen alone keys on the surname only.
/// </summary>
public static class PersonGrouping
{
    private sealed class Group(int index)
    {
        public int Index { get; } = index;

        public List<Mention> Mentions { get; } = [];

        public HashSet<string> Nominatives { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Givens { get; } = new(StringComparer.Ordinal);

        public string? Given { get; set; }

        public string? Initials { get; set; }

        public char Gender { get; set; } = '*';

        public char? Initial => Given?[0] ?? Initials?[0];

        /// <summary>The first token of the group's latest mention: a bare surname refers to the person named last.</summary>
        public int LastSeen { get; set; }

        /// <summary>Whether any mention carries a surname (a group of bare given names may join the one person of that name).</summary>
        public bool HasSurname { get; set; }

        /// <summary>The gender the mentions so far show, gathered as each mention is added.</summary>
        public PersonGender.Tally Shown { get; } = new();
    }

    public static IEnumerable<(Mention Mention, string Key, string Name)> Name(MentionContext c)
    {
        var groups = new List<Group>();
        var index = new GroupIndex();
        var endingAt = new Dictionary<int, Group>();
        var candidates = new List<Group>();
        foreach (var m in c.Mentions.Where(m => m.Label == GraphLabels.Person && m.Person is not null).OrderBy(m => m.First))
        {
            var p = m.Person!;
            var initial = p.Given?[0] ?? p.Initials?[0];
            var noms = p.SurnameForm is null ? [] : c.Lexicons.Surnames.Candidates(p.SurnameForm).Select(x => TextCase.ToLower(x.Nominative)).ToHashSet(StringComparer.Ordinal);
            if (p.SurnameNominative is { } agreed)
            {
                noms.Add(TextCase.ToLower(agreed));
            }

            if (p.SurnameForm is { } written && Naming.SurnameForms.ConsonantStem(written) is { } stem)
            {
                noms.Add(TextCase.ToLower(stem));
            }

            var givens = GivenNominatives(c, p);
            var shown = PersonGender.Of(c, p);
            // a verb beside the mention («Бут рассказала») prefers the person of its gender among those that fit, without ruling others out
            var voted = p.Given is null && p.Initials is null ? PersonGender.Of(c, m) : '*';
            // «Джоэл Саймон (Joel Simon)»: the spelling in brackets belongs to the person just before it
            // else the latest group that fits, among those sharing a surname nominative or a given name (not a scan of all groups)
            Group? g;
            if (p.Transcription)
            {
                g = endingAt.GetValueOrDefault(m.First - 1);
            }
            else
            {
                // the latest group that fits, one of the voted gender before any other (the first found on a tie)
                index.Candidates(p.SurnameForm is null ? null : noms, givens, candidates);
                g = null;
                var gBest = false;
                foreach (var h in candidates)
                {
                    var hBest = !Differ(voted, GroupGender(h));
                    if (Fits(h, p, initial, noms, givens, shown) && (g is null || (hBest && !gBest) || (hBest == gBest && h.LastSeen > g.LastSeen)))
                    {
                        (g, gBest) = (h, hBest);
                    }
                }
            }
            if (g is null)
            {
                g = new Group(groups.Count);
                groups.Add(g);
            }

            g.Mentions.Add(m);
            if (!p.Transcription)
            {
                g.Shown.Add(c, m);
            }
            g.LastSeen = m.First;
            g.HasSurname |= p.SurnameForm is not null && !p.Transcription;
            endingAt[m.Last] = g;
            foreach (var n in p.Transcription ? [] : noms)
            {
                if (g.Nominatives.Add(n))
                {
                    index.AddNominative(n, g);
                }
            }

            foreach (var n in givens)
            {
                if (g.Givens.Add(n))
                {
                    index.AddGiven(n, g);
                }
            }

            g.Given ??= p.Given;
            g.Initials ??= p.Initials;
            g.Gender = g.Gender == '*' ? p.Gender : g.Gender;
        }

        foreach (var g in JoinBareGivenNames(c, groups))
        {
            var named = g.Mentions.Where(m => !m.Person!.Transcription).ToList();
            // the gender the named mentions showed as they were added (a Latin spelling in brackets shows none)
            var gender = g.Shown.Result(g.Gender);
            // a given name read as a man's or a woman's is read again when the other mentions show the other gender («Алие Нурпеисовой»)
            var given = GroupGivenName.Most(named, g.Given);
            given = gender == '*' || given is null ? given : GivenOfGender(c, named, gender, given);
            var forms = named.Select(m => m.Person!.SurnameForm).OfType<string>().ToList();
            string? surname = null;
            var agreed = MostAgreed(named, gender);
            if (agreed is not null)
            {
                surname = agreed;
            }
            else if (forms.Count > 0)
            {
                surname = c.Lexicons.Surnames.Choose(forms, gender).Nominative;
            }
            else if (g.Mentions.Count > named.Count)
            {
                surname = g.Mentions.First(m => m.Person!.Transcription).Person!.SurnameForm;
            }

            given = given is null ? null : GroupGivenName.Unknown(c, named, given, surname);

            // «Илья Васильевич» with no surname anywhere: the given name and the patronymic name the person
            var patronymic = surname is null && given is not null ? named.Select(m => m.Person!.Patronymic).OfType<string>().Select(x => PatronymicNominative(c, x, gender)).FirstOrDefault() : null;
            var surnameFirst = surname is not null && given is not null && named.Any(m => m.Person!.SurnameFirst);
            var name = surname is null ? (patronymic is null ? given! : given + " " + patronymic)
                : surnameFirst ? surname + " " + given
                : given is not null ? given + " " + surname : g.Initials is not null ? g.Initials + surname : surname;
            // «Ким Чен Ир» and «Ким Чен Ын» share a surname and an initial: a name written surname first keys on all of it
            var key = surname is null || surnameFirst
                ? MentionKeys.For(GraphLabels.Person, name)
                : MentionKeys.For(GraphLabels.Person, surname + (g.Initial is { } i ? " " + i : string.Empty));
            foreach (var m in g.Mentions)
            {
                yield return (m, key, name);
            }
        }
    }

    /// <summary>The surname nominative most mentions of the gender (or of none shown) agreed with, the first on a tie; null when none did.</summary>
    private static string? MostAgreed(List<Mention> named, char gender)
    {
        var agreed = new Tally();
        foreach (var m in named)
        {
            if ((gender == '*' || m.Person!.Gender == '*' || m.Person!.Gender == gender) && m.Person!.SurnameNominative is { } nominative)
            {
                agreed.Add(nominative);
            }
        }

        return agreed.Most();
    }

    /// <summary>
    /// The given name's nominatives the mention allows, lower-cased: the one it was read as and, for a written form the dictionary knows, every
    /// reading's («Алие» -> алий, алия); for a form nothing reads, the stems its case endings leave («Бесселю» -> бессель).
    /// </summary>
    private static HashSet<string> GivenNominatives(MentionContext c, PersonParts p)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (p.Given is { } given)
        {
            set.Add(TextCase.ToLower(given));
        }

        if (p.GivenForm is { } written)
        {
            var readings = c.Lexicons.GivenNames.Readings(written);
            foreach (var (nom, _) in readings)
            {
                set.Add(TextCase.ToLower(nom));
            }

            if (readings.Count == 0)
            {
                set.UnionWith(Naming.SurnameForms.CaseStems(TextCase.ToLower(written)));
            }
        }

        return set;
    }

    /// <summary>
    /// Groups named by a bare given name only («по делу Тимура») joined to the one group of a person named in full with that given name
    /// («Тимура Сабитова»), wherever in the article; left alone when no such person or more than one is named.
    /// </summary>
    private static List<Group> JoinBareGivenNames(MentionContext c, List<Group> groups)
    {
        var full = groups.Where(g => g.HasSurname && g.Given is not null).ToList();
        var kept = new List<Group>();
        var joined = new List<(Group Into, Group From)>();
        foreach (var g in groups)
        {
            if (g.HasSurname || g.Given is null || g.Initials is not null || g.Mentions.Any(m => m.Person!.Patronymic is not null))
            {
                kept.Add(g);
                continue;
            }

            var same = full.Where(h => h.Givens.Overlaps(g.Givens) && !Differ(GroupGender(g), GroupGender(h))).Take(2).ToList();
            if (same.Count == 1)
            {
                same[0].Mentions.AddRange(g.Mentions);
                joined.Add((same[0], g));
            }
            else
            {
                kept.Add(g);
            }
        }

        // the joined mentions count for the gender once every join is decided (a join does not sway the next one)
        foreach (var (into, from) in joined)
        {
            foreach (var m in from.Mentions.Where(m => !m.Person!.Transcription))
            {
                into.Shown.Add(c, m);
            }
        }

        return kept;
    }

    /// <summary>
    /// The given name in the nominative of the gender the person's mentions show: <paramref name="given"/> when it is one
    /// of the readings of that gender (or nothing reads the forms written for it in that gender), else the reading most of
    /// those forms allow.
    /// </summary>
    private static string GivenOfGender(MentionContext c, List<Mention> mentions, char gender, string given)
    {
        // the forms read as this name: «Раймон» is not read again from «Раймонда», another mention's form
        // each form's readings of that gender, a nominative once a form; the one most forms allow (the first on a tie)
        var allowed = new Tally();
        foreach (var m in mentions)
        {
            var p = m.Person!;
            if (p.GivenForm is null || !string.Equals(p.Given, given, StringComparison.Ordinal))
            {
                continue;
            }

            var readings = c.Lexicons.GivenNames.Readings(p.GivenForm);
            for (var r = 0; r < readings.Count; r++)
            {
                if (readings[r].Gender == gender && !SeenBefore(readings, r, gender))
                {
                    allowed.Add(readings[r].Nominative);
                }
            }
        }

        return allowed.Count == 0 || allowed.Contains(given) ? given : allowed.Most()!;
    }

    /// <summary>Whether an earlier reading of the same form has the same nominative and this gender.</summary>
    private static bool SeenBefore(IReadOnlyList<(string Nominative, char Gender)> readings, int r, char gender)
    {
        for (var e = 0; e < r; e++)
        {
            if (readings[e].Gender == gender && string.Equals(readings[e].Nominative, readings[r].Nominative, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The groups by each surname nominative they hold and by their given name.</summary>
    private sealed class GroupIndex
    {
        private readonly Dictionary<string, List<Group>> _byNominative = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Group>> _byGiven = new(StringComparer.Ordinal);

        public void AddNominative(string nominative, Group g) => Add(_byNominative, nominative, g);

        public void AddGiven(string given, Group g) => Add(_byGiven, given, g);

        /// <summary>
        /// Into <paramref name="found"/> (emptied first): groups sharing one of <paramref name="nominatives"/>, or (with none) those sharing a
        /// reading of the given name, in the order of the keys and of each key's groups; a group sharing two keys is there twice.
        /// </summary>
        public void Candidates(HashSet<string>? nominatives, HashSet<string> givens, List<Group> found)
        {
            found.Clear();
            var (keys, index) = nominatives is null ? (givens, _byGiven) : (nominatives, _byNominative);
            foreach (var n in keys)
            {
                if (index.TryGetValue(n, out var list))
                {
                    found.AddRange(Metered(list));
                }
            }
        }

        private static List<Group> Metered(List<Group> groups)
        {
            LookupMeter.Add(groups.Count);
            return groups;
        }

        private static void Add(Dictionary<string, List<Group>> index, string key, Group g)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(g);
        }
    }

    private static bool Fits(Group g, PersonParts p, char? initial, HashSet<string> noms, HashSet<string> givens, char shown)
    {
        if (g.Initial is { } gi && initial is { } mi && TextCase.ToUpper(gi) != TextCase.ToUpper(mi))
        {
            return false;
        }

        // a given name read two ways fits the person when one of its readings is theirs, unless the genders clearly differ
        var sameGiven = g.Given is not null && p.Given is not null && (g.Given == p.Given || g.Givens.Overlaps(givens) || GroupGivenName.Variants(g.Given, p.Given))
                        && !Differ(shown, GroupGender(g));
        if (p.SurnameForm is null)
        {
            return sameGiven;
        }

        // a surname alone joins the latest person it can name, if its form allows their gender («Бута» is not Алла Бут)
        if (p.Given is null && p.Initials is null && Differ(shown, GroupGender(g)))
        {
            return false;
        }

        return g.Nominatives.Overlaps(noms) && (g.Given is null || p.Given is null || sameGiven);
    }

    private static string PatronymicNominative(MentionContext c, string written, char gender)
    {
        var m = c.Lexicons.Surnames.Morphology;
        var reading = m.ParseKnown(written).Where(r => r.Tag.IsPatronymic && r.Tag.Number == Morphology.Number.Singular)
            .OrderBy(r => gender == '*' || Naming.SurnameForms.GenderOf(r.Tag) == gender ? 0 : 1).FirstOrDefault();
        return reading is not null && m.Inflect(reading, Morphology.Case.Nominative, Morphology.Number.Singular) is { } nominative
            ? Morphology.Capitalization.Like(nominative.Word, written)
            : written;
    }

    private static char GroupGender(Group g) => g.Shown.Result('*');

    private static bool Differ(char a, char b) => a != '*' && b != '*' && a != b;
}
