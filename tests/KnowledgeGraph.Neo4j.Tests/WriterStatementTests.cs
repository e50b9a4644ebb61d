using KnowledgeGraph.Cypher;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>What <see cref="Neo4jGraphWriter"/> sends for a stored article: schema, then node and relationship batches.</summary>
public sealed class WriterStatementTests : StoreTestBase
{
    [Fact]
    public async Task Stored_article_goes_out_as_schema_then_nodes_then_relationships_with_the_template_texts_and_rows()
    {
        var article = Articles.Meeting();
        Save(article);
        var graph = Store.ReadArticle(article.Key);
        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. Schema(), .. Writes(Articles.MeetingTexts)]);

        await SinkHarness.RunAsync(stub, async sink => Assert.Equal(Articles.MeetingTexts.Length, await sink.Writer.WriteAsync(graph, default)));

        var runs = Runs(stub);
        var schemaCount = SinkHarness.Catalog.Schema.Count();
        Assert.Equal(GraphLabels.All.Count, schemaCount);
        Assert.All(runs.Take(schemaCount), r => Assert.StartsWith("CREATE CONSTRAINT", r.Text, StringComparison.Ordinal));
        var writes = runs.Skip(schemaCount).ToList();
        var planned = GraphRows.Statements(graph, SinkHarness.Catalog).ToList();
        Assert.Equal(planned.Count, writes.Count);
        for (var i = 0; i < writes.Count; i++)
        {
            AssertWireEqual(planned[i].Parameters, writes[i].Parameters, planned[i].Template);
        }

        // The rows hold the article's own values.
        var people = Rows(writes[3]).Cast<Dictionary<string, object?>>().ToDictionary(r => (string)r["key"]!);
        Assert.Equal(["person:anna-petrova", "person:erlan-karin"], people.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([(object?)"Анной Петровой"], (List<object?>)people["person:anna-petrova"]["aliases"]!);
        Assert.Equal("министр", ((Dictionary<string, object?>)people["person:erlan-karin"]["props"]!)["position"]);
        var met = (Dictionary<string, object?>)Assert.Single(Rows(writes[8]))!;
        var props = (Dictionary<string, object?>)met["props"]!;
        Assert.Equal([(object?)Articles.Met], (List<object?>)met["evidence"]!);
        Assert.Equal([(object?)article.Key], (List<object?>)met["articles"]!);
        Assert.Equal(1L, met["articleCount"]);
        Assert.Equal(0.9, props["confidence"]);
        Assert.Equal([1, 1, 2], writes[5..8].Select(w => Rows(w).Count)); // MENTIONS of the country, the organization, the two people
    }

    [Fact]
    public async Task Five_nodes_of_one_label_in_batches_of_two_are_three_transactions()
    {
        var text = NodeText(GraphLabels.Person);
        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. Schema(), .. Writes([text, text, text])]);

        await SinkHarness.RunAsync(stub, async sink => Assert.Equal(3, await sink.Writer.WriteAsync(Articles.People(5), default)), o => o.BatchSize = 2);

        var batches = Runs(stub).Where(r => r.Text == text).Select(r => Rows(r).Select(row => ((Dictionary<string, object?>)row!)["key"]).ToList()).ToList();
        Assert.Equal([["person:p1", "person:p2"], ["person:p3", "person:p4"], ["person:p5"]], batches);
    }
}
