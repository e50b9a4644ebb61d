using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>An edge known from a lexicon says so and carries no sentence; a setting leaves such edges out.</summary>
public class LexiconEdgeTests
{
    private const string Marked = "[Person:Анна Ветрова] прилетела в [City:Ригу|Рига]. Позже она говорила о [Country:Латвии|Латвия].";

    [Fact]
    public void Gazetteer_located_in_is_marked_lexicon_with_no_evidence()
    {
        var doc = MarkedText.Parse(Marked);
        var r = Assert.Single(new DefaultRelationStage().Extract(doc), r => r.Type == RelationshipTypes.LocatedIn);
        Assert.Equal("lexicon", r.Properties["source"]);
        Assert.Null(r.Evidence);
        Assert.Empty(r.AllEvidence);
    }

    [Fact]
    public void Located_in_stated_in_the_text_keeps_its_sentence_and_no_mark()
    {
        var doc = MarkedText.Parse("[Person:Анна Ветрова] прилетела в [City:Ригу|Рига], [Country:Латвия].");
        var r = Assert.Single(new DefaultRelationStage().Extract(doc), r => r.Type == RelationshipTypes.LocatedIn);
        Assert.False(r.Properties.ContainsKey("source"));
        Assert.NotNull(r.Evidence);
    }

    [Fact]
    public void Lexicon_edges_can_be_switched_off()
    {
        var doc = MarkedText.Parse(Marked);
        var rels = new DefaultRelationStage(new RelationSettings { LexiconEdges = false }).Extract(doc);
        Assert.DoesNotContain(rels, r => r.Type == RelationshipTypes.LocatedIn);
    }
}
