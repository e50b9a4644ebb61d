using System.Text.Json.Serialization;

namespace KnowledgeGraph.Model;

/// <summary>One edge of the graph, with the sentence it was read from.</summary>
public sealed class Relationship
{
    /// <summary>One of <see cref="RelationshipTypes.All"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Key of the start entity (or of the article, for MENTIONS).</summary>
    public required string Start { get; init; }

    /// <summary>Key of the end entity.</summary>
    public required string End { get; init; }

    /// <summary>String, number or boolean values only; <c>confidence</c> is always set by the extractor.</summary>
    public PropertyMap Properties { get; init; } = new();

    /// <summary>The first sentence (or span) the relationship was read from.</summary>
    public TextSpan? Evidence { get; set; }

    /// <summary>Every sentence it was read from, the first one included (a contract extension).</summary>
    public List<TextSpan> AllEvidence { get; init; } = [];

    /// <summary>The identity of the fact: type and ends, ordered for symmetric types.</summary>
    [JsonIgnore] // a computed key for merging, not part of the contract's JSON
    public (string Type, string A, string B) Identity => IdentityOf(Type, Start, End);

    /// <summary>The <see cref="Identity"/> a relationship of <paramref name="type"/> from <paramref name="start"/> to <paramref name="end"/> would have.</summary>
    public static (string Type, string A, string B) IdentityOf(string type, string start, string end) =>
        RelationshipTypes.Symmetric.Contains(type) && string.CompareOrdinal(start, end) > 0
            ? (type, end, start)
            : (type, start, end);
}
