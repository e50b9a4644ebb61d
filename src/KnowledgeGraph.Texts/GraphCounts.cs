using KnowledgeGraph.Model;

namespace KnowledgeGraph.Texts;

/// <summary>
/// The one vocabulary of counts: entities (nodes other than articles), articles, relationships (every type but
/// MENTIONS) and MENTIONS links (article to entity), counted apart and said so.
/// </summary>
public sealed record GraphCounts(long Entities, long Articles, long Relationships, long Mentions)
{
    /// <summary>Counts a snapshot: relationships split into MENTIONS and the rest.</summary>
    public static GraphCounts Of(GraphSnapshot graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var mentions = graph.Relationships.Count(r => r.Type == RelationshipTypes.Mentions);
        return new GraphCounts(graph.Entities.Count, graph.Articles.Count, graph.Relationships.Count - mentions, mentions);
    }

    /// <summary>"35 entities, 1 article, 40 relationships (and 35 MENTIONS links, counted apart)".</summary>
    public string Describe(UiLanguage language) =>
        Messages.For(language).CountsLine(
            Nouns.Entity.Count(Entities, language),
            Nouns.Article.Count(Articles, language),
            Nouns.Relationship.Count(Relationships, language),
            Nouns.MentionsLink.Count(Mentions, language));
}
