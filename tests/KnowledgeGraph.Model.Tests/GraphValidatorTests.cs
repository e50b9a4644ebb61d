using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public class GraphValidatorTests
{
    [Fact]
    public void A_sound_document_has_no_problems()
    {
        Assert.Empty(GraphValidator.Check(Samples.Document(), Samples.Text));
        Assert.Empty(GraphValidator.Check(Samples.Document()));
    }

    [Fact]
    public void Unknown_label_is_reported()
    {
        var doc = Samples.Document();
        doc.Entities.Add(new Entity { Key = "planet:mars", Label = "Planet", Name = "Марс" });
        var problem = Assert.Single(GraphValidator.Check(doc, Samples.Text));
        Assert.Contains("planet:mars", problem, StringComparison.Ordinal);
        Assert.Contains("Planet", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_label_on_an_entity_is_reported()
    {
        var doc = Samples.Document();
        doc.Entities.Add(new Entity { Key = "article:x", Label = GraphLabels.Article, Name = "x" });
        Assert.Single(GraphValidator.Check(doc));
    }

    [Fact]
    public void Unknown_relationship_type_is_reported()
    {
        var doc = Samples.Document();
        doc.Relationships.Add(new Relationship { Type = "LIKES", Start = "person:tulegenov-arman", End = "person:belykh-irina" });
        var problem = Assert.Single(GraphValidator.Check(doc));
        Assert.Contains("LIKES", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("person:nobody", "person:belykh-irina")]
    [InlineData("person:tulegenov-arman", "person:nobody")]
    public void Dangling_relationship_end_is_reported(string start, string end)
    {
        var doc = Samples.Document();
        doc.Relationships.Add(new Relationship { Type = RelationshipTypes.Praised, Start = start, End = end });
        var problem = Assert.Single(GraphValidator.Check(doc));
        Assert.Contains("person:nobody", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Mention_text_that_is_not_the_slice_is_reported()
    {
        var doc = Samples.Document();
        doc.Entities[1].Mentions.Add(new TextSpan(44, 56, "Ирина Белых"));
        var problem = Assert.Single(GraphValidator.Check(doc, Samples.Text));
        Assert.Contains("person:belykh-irina", problem, StringComparison.Ordinal);
        Assert.Contains("44..56", problem, StringComparison.Ordinal);

        Assert.Empty(GraphValidator.Check(doc)); // without the text, the slice cannot be checked
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(10, 5)]
    public void Bad_offsets_are_reported_even_without_text(int start, int end)
    {
        var doc = Samples.Document();
        doc.Entities[0].Mentions.Add(new TextSpan(start, end, "x"));
        Assert.Single(GraphValidator.Check(doc));
    }

    [Fact]
    public void Span_past_the_end_of_the_text_is_reported_not_thrown()
    {
        var doc = Samples.Document();
        doc.Entities[0].Mentions.Add(new TextSpan(Samples.Text.Length - 2, Samples.Text.Length + 5, "».xxxxx"));
        Assert.Single(GraphValidator.Check(doc, Samples.Text));
    }

    [Fact]
    public void Evidence_that_is_not_the_slice_is_reported()
    {
        var doc = Samples.Document();
        doc.Relationships[0].Evidence = new TextSpan(0, 57, "Совсем другое предложение.");
        var problem = Assert.Single(GraphValidator.Check(doc, Samples.Text));
        Assert.Contains("evidence", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_evidence_span_is_checked_not_only_the_first()
    {
        var doc = Samples.Document();
        doc.Relationships[0].AllEvidence.Add(doc.Relationships[0].Evidence!);
        doc.Relationships[0].AllEvidence.Add(new TextSpan(58, 70, "не то"));
        Assert.Single(GraphValidator.Check(doc, Samples.Text));
    }

    [Fact]
    public void Duplicate_entity_keys_are_reported()
    {
        var doc = Samples.Document();
        doc.Entities.Add(new Entity { Key = "person:belykh-irina", Label = GraphLabels.Person, Name = "Ирина Белых" });
        var problem = Assert.Single(GraphValidator.Check(doc));
        Assert.Contains("twice", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_key_equal_to_the_article_key_is_reported()
    {
        var doc = Samples.Document();
        doc.Entities.Add(new Entity { Key = doc.Article.Key, Label = GraphLabels.Work, Name = "Статья" });
        Assert.Single(GraphValidator.Check(doc));
    }

    [Fact]
    public void Empty_name_is_reported()
    {
        var doc = Samples.Document();
        doc.Entities[1].Name = "  ";
        Assert.Single(GraphValidator.Check(doc));
    }

    [Fact]
    public void Every_problem_is_listed()
    {
        var doc = Samples.Document();
        doc.Entities.Add(new Entity { Key = "planet:mars", Label = "Planet", Name = "" });
        doc.Relationships.Add(new Relationship { Type = "LIKES", Start = "a", End = "b" });
        Assert.Equal(4, GraphValidator.Check(doc).Count);
    }
}
