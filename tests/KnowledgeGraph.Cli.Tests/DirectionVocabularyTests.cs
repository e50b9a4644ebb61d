using System.Text.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>lookup --json and path --json say direction with the same two words.</summary>
public class DirectionVocabularyTests
{
    [Fact]
    public async Task Lookup_and_path_write_direction_as_out_or_in()
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);
        string from, to;
        using (var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db")))
        {
            var graph = store.ReadAll();
            var names = graph.Entities.ToDictionary(e => e.Key, e => e.Name);
            var r = graph.Relationships.First(r => r.Type != RelationshipTypes.Mentions && names.ContainsKey(r.Start) && names.ContainsKey(r.End)
                && graph.Entities.Count(e => e.Name == names[r.Start]) == 1 && graph.Entities.Count(e => e.Name == names[r.End]) == 1);
            (from, to) = (names[r.Start], names[r.End]);
        }

        var path = await KgProcess.RunAsync(dir.Path, "path", to, from, "--json");
        Assert.True(path.ExitCode == 0, path.ToString());
        var hops = JsonDocument.Parse(path.Stdout).RootElement.GetProperty("paths")[0].EnumerateArray().ToList();
        Assert.NotEmpty(hops);
        Assert.All(hops, h => Assert.Contains(h.GetProperty("direction").GetString(), new[] { "out", "in" }));

        var lookup = await KgProcess.RunAsync(dir.Path, "lookup", from, "--json");
        Assert.True(lookup.ExitCode == 0, lookup.ToString());
        var rels = JsonDocument.Parse(lookup.Stdout).RootElement.GetProperty("relationships").EnumerateArray().ToList();
        Assert.Contains(rels, r => r.GetProperty("direction").GetString() == "out");
        Assert.All(rels, r => Assert.Contains(r.GetProperty("direction").GetString(), new[] { "out", "in" }));
    }
}
