using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Model;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// Every vocabulary the recognisers use, loaded once from a lexicon folder and read-only after.
/// Files: countries, cities, locations, organizations, named-events (canonical | alias …, events with @kind), country-adjectives
/// (adjective | country), first-names (name | m/f), org-heads, place-heads and event-nouns
/// (noun | gender | tags), org-roles (noun | gender | what follows), quote-governors (noun | gender | O/-), positions (title | relation | flags:
/// the titles without <see cref="RelationOnly"/>), work-heads, abbreviations, not-names, not-organizations
/// (one word a line), and the relation lists of <c>relations/</c> with the relation side of positions and event-nouns (<see cref="Relations"/>). Surnames and given names are read with the morphology dictionary found
/// beside the lexicon folder (<see cref="SurnameForms"/>).
/// </summary>
public sealed class LexiconSet
{
    public const string HeadLabel = "Head";

    /// <summary>The flag of a title in positions.txt that only the relation rules read, not the name recognisers.</summary>
    public const string RelationOnly = "@relation-only";

    public required string Directory { get; init; }

    public required Gazetteer Places { get; init; }

    public required Gazetteer Organizations { get; init; }

    public required Gazetteer CountryAdjectives { get; init; }

    public required Gazetteer FirstNames { get; init; }

    public required Gazetteer OrgHeads { get; init; }

    public required Gazetteer EventNouns { get; init; }

    public required Gazetteer PlaceHeads { get; init; }

    /// <summary>Well-known recurring events named on their own (canonical | alias … | @kind NOUN); the entry's tags are the kind.</summary>
    public required Gazetteer NamedEvents { get; init; }

    public required Gazetteer Positions { get; init; }

    public required Gazetteer WorkHeads { get; init; }

    /// <summary>Parts and voices of a body taken with the body that follows («пресс-служба», «правление», «правительство»).</summary>
    public required Gazetteer OrgRoles { get; init; }

    /// <summary>Nouns telling what a quoted or Latin name after them is (tag 'O' an organisation, '-' not one).</summary>
    public required Gazetteer QuoteGovernors { get; init; }

    public required IReadOnlySet<string> Abbreviations { get; init; }

    public required IReadOnlySet<string> NotNames { get; init; }

    /// <summary>One-syllable Chinese and Korean surnames (lower case): a name that starts with one keeps it first («Ким Чен Ир»).</summary>
    public required IReadOnlySet<string> EastAsianSurnames { get; init; }

    public required IReadOnlySet<string> NotOrganizations { get; init; }

    public required SurnameForms Surnames { get; init; }

    /// <summary>Readings of written given names, by the dictionary and this lexicon's given names (cached).</summary>
    public GivenNameReadings GivenNames => _givenNames ??= new GivenNameReadings(FirstNames, Surnames);

    private GivenNameReadings? _givenNames;

    /// <summary>The relation and event vocabularies (the folder's <c>relations/</c>), with the cities' countries and the country adjectives of this set.</summary>
    internal Relations.RelationLexicons Relations { get; private init; } = null!;

    /// <summary>
    /// Nominative endings that make a capitalised word look like a surname, and whether they count at a sentence start. An
    /// immutable array, not a read-only list: the surname test reads it at every capitalised word, and without dynamic PGO each
    /// count and item read through the interface went through a dispatch stub.
    /// </summary>
    public required System.Collections.Immutable.ImmutableArray<(string Suffix, bool Anywhere)> SurnameSuffixes { get; init; }

    public static LexiconSet Load(string directory)
    {
        string F(string name) => Path.Combine(directory, name);

        // The dictionary and the relation lists load on other threads while the lexicons below are read: a
        // second core is busy from the start instead of waiting for the first article.
        var morphology = Task.Run(() => MorphAnalyzer.ForFolder(MorphologyLocator.FindBeside(directory)));
        var relations = Task.Run(() => KnowledgeGraph.Extraction.Relations.RelationLexicons.Load(directory));
        return new LexiconSet
        {
            Directory = directory,
            Places = Names(0, (F("countries.txt"), GraphLabels.Country), (F("cities.txt"), GraphLabels.City), (F("locations.txt"), GraphLabels.Location)),
            Organizations = Names(1, (F("organizations.txt"), GraphLabels.Organization)),
            CountryAdjectives = Mapped(2, F("country-adjectives.txt"), GraphLabels.Country),
            FirstNames = Mapped(3, F("first-names.txt"), GraphLabels.Person),
            OrgHeads = Heads(4, F("org-heads.txt")),
            EventNouns = Heads(5, F("event-nouns.txt")),
            PlaceHeads = Heads(6, F("place-heads.txt")),
            NamedEvents = NamedEventList(9, F("named-events.txt")),
            Positions = Words(7, F("positions.txt"), fields => !fields.Contains(RelationOnly)),
            WorkHeads = Words(8, F("work-heads.txt")),
            OrgRoles = Heads(10, F("org-roles.txt")),
            QuoteGovernors = Heads(11, F("quote-governors.txt")),
            Abbreviations = LexiconFile.ReadWordSet(F("abbreviations.txt")),
            NotNames = LexiconFile.ReadWordSet(F("not-names.txt")),
            EastAsianSurnames = LexiconFile.ReadWordSet(F("east-asian-surnames.txt")),
            NotOrganizations = LexiconFile.ReadWordSet(F("not-organizations.txt")),
            Surnames = new SurnameForms(morphology.GetAwaiter().GetResult()),
            SurnameSuffixes = [.. LexiconFile.Read(F("surname-suffixes.txt")).Select(f => (f[0], f.Length > 1 && f[1] == "anywhere"))],
            Relations = relations.GetAwaiter().GetResult(),
        };
    }

    // canonical | alias | alias …: every form names the canonical one.
    private static Gazetteer Names(int slot, params (string Path, string Label)[] files)
    {
        // one-word places are nouns: only their case forms match («Дело» is not «Дели», «Об» not «Обь»)
        var g = new Gazetteer { Slot = slot, NounsOnly = slot == 0 };
        foreach (var (path, label) in files)
        {
            foreach (var fields in LexiconFile.Read(path))
            {
                var entry = new GazetteerEntry(label, fields[0]);
                foreach (var form in fields.Where(f => !LexiconFile.IsAttribute(f)))
                {
                    g.Add(form, entry);
                }
            }
        }

        return g;
    }

    // canonical | alias … | @kind NOUN: every name stands for the canonical one, the tags carry the kind.
    private static Gazetteer NamedEventList(int slot, string path)
    {
        var g = new Gazetteer { Slot = slot };
        foreach (var fields in LexiconFile.Read(path))
        {
            var entry = new GazetteerEntry(GraphLabels.Event, fields[0], Mentions.NamedEventRecognizer.KindOf(fields));
            foreach (var form in fields.Where(f => !LexiconFile.IsAttribute(f)))
            {
                g.Add(form, entry);
            }
        }

        return g;
    }

    // word | value: the word stands for the value (a country, a gender).
    private static Gazetteer Mapped(int slot, string path, string label)
    {
        var g = new Gazetteer { NounsOnly = label == GraphLabels.Person, SingularOnly = label == GraphLabels.Person, Slot = slot };
        foreach (var fields in LexiconFile.Read(path))
        {
            var value = fields.Length > 1 ? fields[1] : string.Empty;
            g.Add(fields[0], label == GraphLabels.Person ? new GazetteerEntry(label, fields[0], value) : new GazetteerEntry(label, value));
        }

        return g;
    }

    // noun | gender | tags: the canonical is the noun in the nominative, tags carry gender and flags
    // («@event …» attributes are the relation side's, read by RelationLexicons).
    private static Gazetteer Heads(int slot, string path)
    {
        var g = new Gazetteer { NounsOnly = true, Slot = slot };
        foreach (var fields in LexiconFile.Read(path))
        {
            var tags = string.Concat(fields.Skip(1).Where(f => !LexiconFile.IsAttribute(f)));
            g.Add(fields[0], new GazetteerEntry(HeadLabel, fields[0], tags));
        }

        return g;
    }

    private static Gazetteer Words(int slot, string path, Func<string[], bool>? keep = null)
    {
        var g = new Gazetteer { NounsOnly = true, SingularOnly = true, Slot = slot };
        foreach (var fields in LexiconFile.Read(path).Where(f => keep is null || keep(f)))
        {
            g.Add(fields[0], new GazetteerEntry(HeadLabel, fields[0]));
        }

        return g;
    }
}
