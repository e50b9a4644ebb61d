using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The Neo4j settings kg starts with when nothing is configured, as the README promises them.</summary>
public sealed class Neo4jSettingsTests
{
    [Fact]
    public void With_nothing_configured_no_database_is_named_so_the_server_default_is_used()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")), "appsettings.json is not beside the program");
        if (Environment.GetEnvironmentVariable("Neo4j__Database") is { Length: > 0 })
        {
            return; // configured by the environment: not the defaults this test is about
        }

        using var host = KgHost.Build(new Dictionary<string, string?>(), runServices: false);
        var options = host.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.True(string.IsNullOrEmpty(options.Database), $"Neo4j:Database defaults to '{options.Database}'");
        Assert.Equal(30, options.ReadTimeoutSeconds);
    }
}
