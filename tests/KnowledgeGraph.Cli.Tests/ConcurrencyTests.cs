using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_kg_processes_on_one_store_corrupt_nothing_and_duplicate_nothing()
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(input);
        foreach (var (name, text) in RunServiceTests.SampleVariants(30))
        {
            File.WriteAllText(Path.Combine(input, name), text);
        }

        using var reference = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(reference.Path, "ingest", input)).ExitCode);

        // Both processes ingest the same 30 articles at once into one store.
        var a = KgProcess.RunAsync(dir.Path, "ingest", input);
        var b = KgProcess.RunAsync(dir.Path, "ingest", input);
        var results = await Task.WhenAll(a, b);
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));

        using var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
        using var expected = GraphStore.Open(Path.Combine(reference.Path, "kg-data", "graph.db"));
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal(expected.Counts(), store.Counts());
    }
}
