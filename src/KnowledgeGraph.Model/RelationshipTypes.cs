namespace KnowledgeGraph.Model;

/// <summary>The closed list of relationship types of the graph contract.</summary>
public static class RelationshipTypes
{
    public const string MetWith = "MET_WITH";
    public const string Praised = "PRAISED";
    public const string Criticized = "CRITICIZED";
    public const string Visited = "VISITED";
    public const string ParticipatedIn = "PARTICIPATED_IN";
    public const string Organized = "ORGANIZED";
    public const string HeldIn = "HELD_IN";
    public const string AgreedWith = "AGREED_WITH";
    public const string HoldsPosition = "HOLDS_POSITION";
    public const string MemberOf = "MEMBER_OF";
    public const string AffiliatedWith = "AFFILIATED_WITH";
    public const string Represents = "REPRESENTS";
    public const string Authored = "AUTHORED";
    public const string LocatedIn = "LOCATED_IN";
    public const string PartOf = "PART_OF";
    public const string Mentions = "MENTIONS";

    public static IReadOnlyList<string> All { get; } =
    [
        MetWith, Praised, Criticized, Visited, ParticipatedIn, Organized, HeldIn, AgreedWith,
        HoldsPosition, MemberOf, AffiliatedWith, Represents, Authored, LocatedIn, PartOf, Mentions,
    ];

    /// <summary>Types whose direction carries no meaning: A-B is the same fact as B-A.</summary>
    public static IReadOnlySet<string> Symmetric { get; } = new HashSet<string>(StringComparer.Ordinal) { MetWith, AgreedWith };

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string? type) => type is not null && Known.Contains(type);

    public static string Require(string? type) =>
        IsKnown(type) ? type! : throw new GraphContractException($"'{type}' is not a relationship type of the graph contract.");
}
