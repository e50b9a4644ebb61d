namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Unknown configuration keys are refused wherever they come from, not only from <c>--set</c>:
/// an appsettings.json in the working directory and environment variables naming one of kg's
/// sections. Exit code 2 and one line naming the key and where it came from.
/// </summary>
public sealed class ConfigurationSourceTests
{
    [Theory]
    [InlineData("""{ "Neo4j": { "Urll": "bolt://localhost:7687" } }""", "Neo4j:Urll")]
    [InlineData("""{ "Storage": { "Path": "x.db" } }""", "Storage:Path")]
    [InlineData("""{ "Feeds": [ { "Url": "https://example.org/rss.xml", "Pol": 5 } ] }""", "Feeds:0:Pol")]
    [InlineData("""{ "Ingest": { "Inbox": { "Path": "in" } } }""", "Ingest:Inbox:Path")]
    public async Task An_unknown_key_in_appsettings_json_is_refused_naming_the_file(string json, string key)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("appsettings.json"), json);
        var r = await KgProcess.RunAsync(dir.Path, "status");
        Assert.True(r.ExitCode == 2, r.ToString());
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: unknown configuration key '{key}'", line, StringComparison.Ordinal);
        Assert.Contains(dir.File("appsettings.json"), line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_keys_in_appsettings_json_pass_lists_and_logging_included()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("appsettings.json"), """
            {
              "Neo4j": { "BatchSize": 500 },
              "Feeds": [ { "Url": "https://example.org/rss.xml", "Name": "a" }, { "Url": "https://example.org/b.xml", "PollSeconds": 60 } ],
              "Fetch": { "Retries": 2 },
              "Logging": { "LogLevel": { "Default": "Warning", "Some.Category": "Error" } }
            }
            """);
        var r = await KgProcess.RunAsync(dir.Path, "status");
        Assert.True(r.ExitCode == 4, r.ToString()); // past the configuration: there is no store here
        Assert.Contains("no store at", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neo4j__Urll", "Neo4j:Urll")]
    [InlineData("NEO4J__BATCH", "NEO4J:BATCH")]
    [InlineData("Feeds__0__Adress", "Feeds:0:Adress")]
    [InlineData("Extraction__Timeout", "Extraction:Timeout")]
    public async Task An_environment_variable_with_an_unknown_key_of_a_kg_section_is_refused(string variable, string key)
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunWithEnvironmentAsync(new Dictionary<string, string> { [variable] = "1" }, dir.Path, "status");
        Assert.True(r.ExitCode == 2, r.ToString());
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: unknown configuration key '{key}'", line, StringComparison.Ordinal);
        Assert.Contains("environment variable " + variable, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_programs_variables_and_known_keys_in_the_environment_pass()
    {
        using var dir = new TempDir();
        var environment = new Dictionary<string, string>
        {
            ["SOMETOOL__SETTING"] = "1", // another program's section
            ["Store"] = "x", // no section separator: not a configuration key of kg's
            ["Neo4j__BatchSize"] = "200",
            ["Feeds__0__Url"] = "https://example.org/rss.xml",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var r = await KgProcess.RunWithEnvironmentAsync(environment, dir.Path, "status");
        Assert.True(r.ExitCode == 4, r.ToString());
        Assert.Contains("no store at", r.Stderr, StringComparison.Ordinal);
    }
}
