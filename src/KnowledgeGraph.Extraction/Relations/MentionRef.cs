using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A mention placed on a sentence's tokens [First, Last]. A collective mention («Стороны») stands
/// for two entities: <see cref="Entity"/> and <see cref="Partner"/>.
/// </summary>
internal sealed record MentionRef(Entity Entity, int Start, int End, int First, int Last, bool LooksNominative, Entity? Partner = null)
{
    public string Label => Entity.Label;

    public bool IsPerson => Entity.Label == GraphLabels.Person;

    public bool IsPlace => GraphLabels.Places.Contains(Entity.Label);

    /// <summary>The entities the mention stands for.</summary>
    public IEnumerable<Entity> Referents => Partner is null ? [Entity] : [Entity, Partner];

    /// <summary>The entities <paramref name="mentions"/> stand for, in order (<see cref="Referents"/> of each), in one list.</summary>
    public static List<Entity> ReferentsOf(List<MentionRef> mentions)
    {
        var entities = new List<Entity>(mentions.Count);
        foreach (var m in mentions)
        {
            entities.Add(m.Entity);
            if (m.Partner is not null)
            {
                entities.Add(m.Partner);
            }
        }

        return entities;
    }
}
