namespace KnowledgeGraph.Model;

/// <summary>The closed list of node labels of the graph contract. Nothing else reaches a sink.</summary>
public static class GraphLabels
{
    public const string Person = nameof(Person);
    public const string Organization = nameof(Organization);
    public const string Country = nameof(Country);
    public const string City = nameof(City);
    public const string Location = nameof(Location);
    public const string Event = nameof(Event);
    public const string Work = nameof(Work);
    public const string Article = nameof(Article);

    /// <summary>Every label, in the order the contract lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Person, Organization, Country, City, Location, Event, Work, Article];

    /// <summary>Labels of places (the scorers treat them as one family).</summary>
    public static IReadOnlySet<string> Places { get; } = new HashSet<string>(StringComparer.Ordinal) { Country, City, Location };

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string? label) => label is not null && Known.Contains(label);

    /// <summary>Returns <paramref name="label"/> if it is in the closed list, otherwise throws.</summary>
    public static string Require(string? label) =>
        IsKnown(label) ? label! : throw new GraphContractException($"'{label}' is not a label of the graph contract.");
}
