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

        public string? Given { get; set; }

        public string? Initials { get; set; }

        public char Gender { get; set; } = '*';

        public char? Initial => Given?[0] ?? Initials?[0];
    }

    public static IEnumerable<(Mention Mention, string Key, string Name)> Name(MentionContext c)
    {
        var groups = new List<Group>();
        var index = new GroupIndex();
        foreach (var m in c.Mentions.Where(m => m.Label == GraphLabels.Person && m.Person is not null).OrderBy(m => m.First))
        {
            var p = m.Person!;
            var initial = p.Given?[0] ?? p.Initials?[0];
            var noms = p.SurnameForm is null ? [] : c.Lexicons.Surnames.Candidates(p.SurnameForm).Select(x => x.Nominative.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            if (p.SurnameNominative is { } agreed)
            {
                noms.Add(agreed.ToLowerInvariant());
            }

            // the latest group that fits, among those sharing a surname nominative or the given name (not a scan of all groups)
            var g = index.Candidates(p.SurnameForm is null ? null : noms, p.Given).Where(g => Fits(g, p, initial, noms)).MaxBy(g => g.Index);
            if (g is null)
            {
                g = new Group(groups.Count);
                groups.Add(g);
            }

            g.Mentions.Add(m);
            foreach (var n in noms)
            {
                if (g.Nominatives.Add(n))
                {
                    index.AddNominative(n, g);
                }
            }

            if (g.Given is null && p.Given is not null)
            {
                index.AddGiven(p.Given, g);
            }

            g.Given ??= p.Given;
            g.Initials ??= p.Initials;
            g.Gender = g.Gender == '*' ? p.Gender : g.Gender;
        }

        foreach (var g in groups)
        {
            var forms = g.Mentions.Select(m => m.Person!.SurnameForm).OfType<string>().ToList();
            string? surname = null;
            var agreed = g.Mentions.Select(m => m.Person!.SurnameNominative).OfType<string>()
                .GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(n => n.Count()).Select(n => n.Key).FirstOrDefault();
            if (agreed is not null)
            {
                surname = agreed;
            }
            else if (forms.Count > 0)
            {
                surname = c.Lexicons.Surnames.Choose(forms, g.Gender).Nominative;
            }

            var name = surname is null ? g.Given! : g.Given is not null ? g.Given + " " + surname : g.Initials is not null ? g.Initials + surname : surname;
            var key = surname is null
                ? EntityKeys.For(GraphLabels.Person, g.Given!)
                : EntityKeys.For(GraphLabels.Person, surname + (g.Initial is { } i ? " " + i : string.Empty));
            foreach (var m in g.Mentions)
            {
                yield return (m, key, name);
            }
        }
    }

    /// <summary>The groups by each surname nominative they hold and by their given name.</summary>
    private sealed class GroupIndex
    {
        private readonly Dictionary<string, List<Group>> _byNominative = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Group>> _byGiven = new(StringComparer.Ordinal);

        public void AddNominative(string nominative, Group g) => Add(_byNominative, nominative, g);

        public void AddGiven(string given, Group g) => Add(_byGiven, given, g);

        /// <summary>Groups sharing one of <paramref name="nominatives"/>, or (with none) those with the given name.</summary>
        public IEnumerable<Group> Candidates(HashSet<string>? nominatives, string? given)
        {
            if (nominatives is null)
            {
                return given is not null && _byGiven.TryGetValue(given, out var named) ? Metered(named) : [];
            }

            return nominatives.SelectMany(n => _byNominative.TryGetValue(n, out var list) ? Metered(list) : []);
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

    private static bool Fits(Group g, PersonParts p, char? initial, HashSet<string> noms)
    {
        if (g.Initial is { } gi && initial is { } mi && char.ToUpperInvariant(gi) != char.ToUpperInvariant(mi))
        {
            return false;
        }

        if (p.SurnameForm is null)
        {
            return g.Given is not null && p.Given == g.Given;
        }

        return g.Nominatives.Overlaps(noms) && (g.Given is null || p.Given is null || g.Given == p.Given);
    }
}
