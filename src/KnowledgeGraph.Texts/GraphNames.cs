using KnowledgeGraph.Model;

namespace KnowledgeGraph.Texts;

/// <summary>Display names of the contract's labels and relationship types; the identifiers themselves never change.</summary>
public static class GraphNames
{
    private static readonly Dictionary<string, (string En, string Ru)> Labels = new(StringComparer.Ordinal)
    {
        [GraphLabels.Person] = ("Person", "Персона"),
        [GraphLabels.Organization] = ("Organization", "Организация"),
        [GraphLabels.Country] = ("Country", "Страна"),
        [GraphLabels.City] = ("City", "Город"),
        [GraphLabels.Location] = ("Location", "Место"),
        [GraphLabels.Event] = ("Event", "Событие"),
        [GraphLabels.Work] = ("Work", "Произведение"),
        [GraphLabels.Article] = ("Article", "Статья"),
    };

    private static readonly Dictionary<string, (string En, string Ru)> Types = new(StringComparer.Ordinal)
    {
        [RelationshipTypes.MetWith] = ("met with", "встречался с"),
        [RelationshipTypes.Praised] = ("praised", "похвалил"),
        [RelationshipTypes.Criticized] = ("criticized", "раскритиковал"),
        [RelationshipTypes.Visited] = ("visited", "посетил"),
        [RelationshipTypes.ParticipatedIn] = ("took part in", "участвовал в"),
        [RelationshipTypes.Organized] = ("organized", "организовал"),
        [RelationshipTypes.HeldIn] = ("held in", "прошло в"),
        [RelationshipTypes.AgreedWith] = ("agreed with", "согласился с"),
        [RelationshipTypes.HoldsPosition] = ("holds a position in", "занимает пост в"),
        [RelationshipTypes.MemberOf] = ("member of", "член"),
        [RelationshipTypes.AffiliatedWith] = ("affiliated with", "связан с"),
        [RelationshipTypes.Represents] = ("represents", "представляет"),
        [RelationshipTypes.Authored] = ("authored", "автор"),
        [RelationshipTypes.LocatedIn] = ("located in", "находится в"),
        [RelationshipTypes.PartOf] = ("part of", "часть"),
        [RelationshipTypes.Mentions] = ("mentions", "упоминает"),
    };

    /// <summary>The display name of a label, or the label itself when it is not in the contract.</summary>
    public static string Label(string label, UiLanguage language) => Pick(Labels, label, language);

    /// <summary>The display name of a relationship type, or the type itself when it is not in the contract.</summary>
    public static string Type(string type, UiLanguage language) => Pick(Types, type, language);

    /// <summary>Every label and type with its display name, for the HTML legend and panels.</summary>
    public static IReadOnlyDictionary<string, string> All(UiLanguage language) =>
        Labels.Keys.Concat(Types.Keys).ToDictionary(k => k, k => Labels.ContainsKey(k) ? Label(k, language) : Type(k, language), StringComparer.Ordinal);

    private static string Pick(Dictionary<string, (string En, string Ru)> names, string id, UiLanguage language) =>
        names.TryGetValue(id, out var n) ? (language == UiLanguage.Russian ? n.Ru : n.En) : id;
}
