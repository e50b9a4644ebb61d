using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The sync reads groups of articles (<see cref="GraphStore.ReadArticleGroup"/>): every statement must reach the
/// rows through an index, never by walking a table, or the rows of a hub entity (mentioned by most articles),
/// so that its cost stays that of the articles read, whatever the size of the store.
/// </summary>
public sealed class GroupReadPlanTests : StoreTestBase
{
    public GroupReadPlanTests()
    {
        // A hub: one country that every article mentions, each with a relationship ending at it.
        for (var i = 0; i < 30; i++)
        {
            Save(new ArticleBuilder($"Посол Иван Сидоров-{i} прибыл в Казахстан.", $"a{i}.txt")
                .Entity($"person:sidorov-{i}", $"Иван Сидоров-{i}")
                .Entity("country:kazakhstan", "Казахстан", GraphLabels.Country)
                .Rel(RelationshipTypes.Visited, $"person:sidorov-{i}", "country:kazakhstan", $"Посол Иван Сидоров-{i} прибыл в Казахстан."));
        }
    }

    [Fact]
    public void Every_statement_of_a_group_read_searches_an_index_and_scans_only_the_group()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(7, GraphStore.GroupReadStatements.Count);
        foreach (var sql in GraphStore.GroupReadStatements)
        {
            var plan = Plan(connection, sql);
            var scans = plan.Where(step => step.StartsWith("SCAN ", StringComparison.Ordinal)).ToList();
            Assert.True(plan.Any(step => step.StartsWith("SEARCH ", StringComparison.Ordinal)), $"no index search in:\n{string.Join('\n', plan)}\nfor\n{sql}");
            Assert.All(scans, step => Assert.Matches("^SCAN (g|json_each) VIRTUAL TABLE", step));
        }
    }

    [Fact]
    public void The_relationships_without_evidence_are_read_through_their_own_index_not_the_hub_end()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var bare = GraphStore.GroupReadStatements.Single(s => s.Contains("article_count = 0", StringComparison.Ordinal));
        var plan = Plan(connection, bare);
        Assert.Contains(plan, step => step.Contains("USING INDEX relationships_bare", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("relationships_end", StringComparison.Ordinal));
    }

    private static List<string> Plan(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in new[] { "$keys", "$ids" }.Where(n => sql.Contains(n, StringComparison.Ordinal)))
        {
            cmd.Parameters.AddWithValue(name, "[]");
        }

        using var r = cmd.ExecuteReader();
        var steps = new List<string>();
        while (r.Read())
        {
            steps.Add(r.GetString(3));
        }

        return steps;
    }
}
