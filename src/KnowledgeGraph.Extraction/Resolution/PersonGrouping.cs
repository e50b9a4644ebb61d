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
public static partial class PersonGrouping
{
    private sealed class Group(int index)
    {
        public int Index { get; } = index;

        public List<Mention> Mentions { get; } = [];

        /// <summary>The surname nominatives of the group's mentions, each once (a handful: a list, asked by a scan, is cheaper than a set).</summary>
        public List<string> Nominatives { get; } = [];

        /// <summary>The given names of the group's mentions, each once.</summary>
        public List<string> Givens { get; } = [];

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

    /// <summary>Every person mention with the key and the name of its group, group by group.</summary>
    public static List<(Mention Mention, string Key, string Name)> Name(MentionContext c)
    {
        // the working lists and tables of this thread, empty (emptied again at the end, so they hold no article's mentions)
        using var scratch = WorkingTables<Scratch>.Take();
        return Name(c, scratch.Tables);
    }

    private static List<(Mention Mention, string Key, string Name)> Name(MentionContext c, Scratch scratch)
    {
        var groups = scratch.Groups;
        var index = scratch.Index;
        var endingAt = scratch.EndingAt;
        var candidates = scratch.Candidates;
        // a mention's surname nominatives and given names, lower-cased, each once (filled anew for each mention)
        var noms = scratch.Noms;
        var givens = scratch.Givens;
        var persons = PersonsInOrder(c, scratch.Persons);
        foreach (var m in persons)
        {
            var p = m.Person!;
            var initial = p.Given?[0] ?? p.Initials?[0];
            noms.Clear();
            if (p.SurnameForm is { } form)
            {
                noms.AddRange(c.Lexicons.Surnames.LowerNominatives(form));
            }

            if (p.SurnameNominative is { } agreed)
            {
                AddNew(noms, TextCase.ToLower(agreed));
            }

            if (p.SurnameForm is { } written && Naming.SurnameForms.ConsonantStem(written) is { } stem)
            {
                AddNew(noms, TextCase.ToLower(stem));
            }

            GivenNominatives(c, p, givens);
            var evidence = PersonGender.Gather(c, m);
            var shown = evidence.ByForms;
            // a verb beside the mention («Бут рассказала») prefers the person of its gender among those that fit, without ruling others out
            var voted = p.Given is null && p.Initials is null ? evidence.ByFormsOrVerbs : '*';
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
                g.Shown.Add(evidence);
            }
            g.LastSeen = m.First;
            g.HasSurname |= p.SurnameForm is not null && !p.Transcription;
            endingAt[m.Last] = g;
            if (!p.Transcription)
            {
                foreach (var n in noms)
                {
                    if (AddNew(g.Nominatives, n))
                    {
                        index.AddNominative(n, g);
                    }
                }
            }

            foreach (var n in givens)
            {
                if (AddNew(g.Givens, n))
                {
                    index.AddGiven(n, g);
                }
            }

            g.Given ??= p.Given;
            g.Initials ??= p.Initials;
            g.Gender = g.Gender == '*' ? p.Gender : g.Gender;
        }

        var result = new List<(Mention Mention, string Key, string Name)>(persons.Count);
        var forms = scratch.Forms;
        var named = scratch.Named;
        foreach (var g in JoinBareGivenNames(c, groups, scratch))
        {
            // the mentions by name (not a Latin spelling in brackets) and the surnames they write
            named.Clear();
            forms.Clear();
            foreach (var m in g.Mentions)
            {
                if (!m.Person!.Transcription)
                {
                    named.Add(m);
                    if (m.Person.SurnameForm is { } form)
                    {
                        forms.Add(form);
                    }
                }
            }

            // the gender the named mentions showed as they were added (a Latin spelling in brackets shows none)
            var gender = g.Shown.Result(g.Gender);
            // a given name read as a man's or a woman's is read again when the other mentions show the other gender («Алие Нурпеисовой»)
            var given = GroupGivenName.Most(named, g.Given);
            given = gender == '*' || given is null ? given : GivenOfGender(c, named, gender, given);
            string? surname = null;
            var agreed = MostAgreed(named, gender, scratch.Agreed);
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
            var surnameFirst = surname is not null && given is not null && AnySurnameFirst(named);
            var name = surname is null ? (patronymic is null ? given! : given + " " + patronymic)
                : surnameFirst ? surname + " " + given
                : given is not null ? given + " " + surname : g.Initials is not null ? g.Initials + surname : surname;
            // «Ким Чен Ир» and «Ким Чен Ын» share a surname and an initial: a name written surname first keys on all of it
            var key = surname is null || surnameFirst
                ? MentionKeys.For(GraphLabels.Person, name)
                : MentionKeys.For(GraphLabels.Person, g.Initial is { } i ? string.Concat(surname, " ", new ReadOnlySpan<char>(in i)) : surname);
            foreach (var m in g.Mentions)
            {
                result.Add((m, key, name));
            }
        }

        return result;
    }

    /// <summary>The person mentions in the order of their first token, those starting at one token in the order found (a stable sort).</summary>
    internal static List<Mention> PersonsInOrder(MentionContext c) => PersonsInOrder(c, []);

    /// <summary><see cref="PersonsInOrder(MentionContext)"/> into <paramref name="persons"/> (empty).</summary>
    private static List<Mention> PersonsInOrder(MentionContext c, List<Mention> persons)
    {
        var sorted = true;
        foreach (var m in c.Mentions)
        {
            if (m.Label == GraphLabels.Person && m.Person is not null)
            {
                sorted &= persons.Count == 0 || persons[^1].First <= m.First;
                persons.Add(m);
            }
        }

        if (!sorted)
        {
            // the first token, then the place in the list: no two keys are equal, so any sort keeps the order found
            var keys = new long[persons.Count];
            for (var k = 0; k < keys.Length; k++)
            {
                keys[k] = ((long)persons[k].First << 32) | (uint)k;
            }

            var items = persons.ToArray();
            Array.Sort(keys, items);
            persons.Clear();
            persons.AddRange(items);
        }

        return persons;
    }

    /// <summary>Adds <paramref name="item"/> unless <paramref name="list"/> holds it (ordinal): whether it was new, as a set's Add tells.</summary>
    internal static bool AddNew(List<string> list, string item)
    {
        foreach (var x in list)
        {
            if (string.Equals(x, item, StringComparison.Ordinal))
            {
                return false;
            }
        }

        list.Add(item);
        return true;
    }

    /// <summary>Whether <paramref name="set"/> and <paramref name="items"/> share a string (ordinal), as a set's Overlaps tells.</summary>
    internal static bool Overlaps(List<string> set, List<string> items)
    {
        foreach (var item in items)
        {
            foreach (var x in set)
            {
                if (string.Equals(x, item, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnySurnameFirst(List<Mention> named)
    {
        foreach (var m in named)
        {
            if (m.Person!.SurnameFirst)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The surname nominative most mentions of the gender (or of none shown) agreed with, the first on a tie; null when none did.</summary>
    private static string? MostAgreed(List<Mention> named, char gender, Tally agreed)
    {
        agreed.Clear();
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
    private static void GivenNominatives(MentionContext c, PersonParts p, List<string> into)
    {
        into.Clear();
        if (p.Given is { } given)
        {
            into.Add(TextCase.ToLower(given));
        }

        if (p.GivenForm is { } written)
        {
            var readings = c.Lexicons.GivenNames.Readings(written);
            for (var r = 0; r < readings.Count; r++)
            {
                AddNew(into, TextCase.ToLower(readings[r].Nominative));
            }

            if (readings.Count == 0)
            {
                foreach (var stem in Naming.SurnameForms.CaseStems(TextCase.ToLower(written)))
                {
                    AddNew(into, stem);
                }
            }
        }
    }

    /// <summary>
    /// Groups named by a bare given name only («по делу Тимура») joined to the one group of a person named in full with that given name
    /// («Тимура Сабитова»), wherever in the article; left alone when no such person or more than one is named.
    /// </summary>
    private static List<Group> JoinBareGivenNames(MentionContext c, List<Group> groups, Scratch scratch)
    {
        var kept = scratch.Kept;
        var joined = scratch.Joined;
        foreach (var g in groups)
        {
            if (g.HasSurname || g.Given is null || g.Initials is not null || HasPatronymic(g))
            {
                kept.Add(g);
                continue;
            }

            // the one person named in full with this given name (none when two are)
            Group? same = null;
            var count = 0;
            foreach (var h in groups)
            {
                if (h.HasSurname && h.Given is not null && Overlaps(h.Givens, g.Givens) && !Differ(GroupGender(g), GroupGender(h)))
                {
                    same = h;
                    if (++count == 2)
                    {
                        break;
                    }
                }
            }

            if (count == 1)
            {
                same!.Mentions.AddRange(g.Mentions);
                joined.Add((same, g));
            }
            else
            {
                kept.Add(g);
            }
        }

        // the joined mentions count for the gender once every join is decided (a join does not sway the next one)
        foreach (var (into, from) in joined)
        {
            foreach (var m in from.Mentions)
            {
                if (!m.Person!.Transcription)
                {
                    into.Shown.Add(PersonGender.Gather(c, m));
                }
            }
        }

        return kept;
    }

    private static bool HasPatronymic(Group g)
    {
        foreach (var m in g.Mentions)
        {
            if (m.Person!.Patronymic is not null)
            {
                return true;
            }
        }

        return false;
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

        public void Clear()
        {
            _byNominative.Clear();
            _byGiven.Clear();
        }

        /// <summary>
        /// Into <paramref name="found"/> (emptied first): groups sharing one of <paramref name="nominatives"/>, or (with none) those sharing a
        /// reading of the given name, in the order of the keys and of each key's groups; a group sharing two keys is there twice.
        /// </summary>
        public void Candidates(List<string>? nominatives, List<string> givens, List<Group> found)
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

    private static bool Fits(Group g, PersonParts p, char? initial, List<string> noms, List<string> givens, char shown)
    {
        if (g.Initial is { } gi && initial is { } mi && TextCase.ToUpper(gi) != TextCase.ToUpper(mi))
        {
            return false;
        }

        // a given name read two ways fits the person when one of its readings is theirs, unless the genders clearly differ
        var sameGiven = g.Given is not null && p.Given is not null && (g.Given == p.Given || Overlaps(g.Givens, givens) || GroupGivenName.Variants(g.Given, p.Given))
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

        return Overlaps(g.Nominatives, noms) && (g.Given is null || p.Given is null || sameGiven);
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
