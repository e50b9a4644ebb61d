namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Cypher-looking text from an article travels only inside <c>$rows</c> and arrives unchanged.</summary>
public sealed class HostileContentTests : StoreTestBase
{
    private const string Name = "Ан`на \"О'Нил\" {{startLabel}} $rows // ; \\n\n:param x => 1 }) DETACH DELETE n //";

    private static readonly string Big = string.Concat(Enumerable.Repeat("ё`'\"{}//;\n", 10_240)); // 102,400 characters

    private static readonly string Evidence = $"{Name} встретился с Петровым: \"}}) DETACH DELETE n //\"; MATCH (m) DELETE m; {Big}";

    [Fact]
    public async Task Hostile_names_and_evidence_reach_the_stub_only_as_parameters_and_unchanged()
    {
        var article = new ArticleBuilder($"{Evidence}\nКонец.", "hostile.txt")
            .Entity("person:hostile", Name, GraphLabels.Person, null, ("note", Name + Big))
            .Entity("person:petrov", "Петров", GraphLabels.Person, ["Петровым"])
            .Rel(RelationshipTypes.MetWith, "person:hostile", "person:petrov", Evidence);
        Save(article);
        string[] texts = [NodeText(GraphLabels.Article), NodeText(GraphLabels.Person), RelText(RelationshipTypes.MetWith, GraphLabels.Person, GraphLabels.Person)];
        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. Schema(), .. Writes(texts)]);

        await SinkHarness.RunAsync(stub, async sink => await sink.Writer.WriteAsync(Store.ReadArticle(article.Key), default));

        var runs = Runs(stub);
        Assert.All(runs, r => Assert.DoesNotContain("DETACH", r.Text, StringComparison.Ordinal));
        Assert.All(runs, r => Assert.DoesNotContain("Ан`на", r.Text, StringComparison.Ordinal));
        var people = Rows(runs[^2]).Cast<Dictionary<string, object?>>().ToDictionary(r => (string)r["key"]!);
        var hostile = people["person:hostile"];
        Assert.Equal(Name, hostile["name"]);
        Assert.Equal(Name + Big, ((Dictionary<string, object?>)hostile["props"]!)["note"]);
        var met = (Dictionary<string, object?>)Assert.Single(Rows(runs[^1]))!;
        Assert.Equal([(object?)Evidence], (List<object?>)met["evidence"]!);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(Big) > 100 * 1024);
    }
}
