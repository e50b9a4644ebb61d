using KnowledgeGraph.Bolt;

namespace KnowledgeGraph.Neo4j;

/// <summary>Makes the Bolt driver from the options; the password goes into the auth token only.</summary>
public static class Neo4jDriverFactory
{
    /// <summary><paramref name="configure"/> runs last, e.g. so tests can replace the retry delay and clock.</summary>
    public static BoltDriver Create(Neo4jOptions options, Action<string>? log = null, Action<BoltDriverOptions>? configure = null)
    {
        if (!options.Enabled)
        {
            throw new InvalidOperationException("Neo4j is not configured: set Neo4j:Uri (e.g. bolt://localhost:7687).");
        }

        var auth = string.IsNullOrEmpty(options.Password) ? AuthTokens.None : AuthTokens.Basic(options.User, options.Password);
        return BoltDriver.Create(options.Uri!, auth, o =>
        {
            o.MaxRetryTime = TimeSpan.FromSeconds(options.MaxRetrySeconds);
            o.ReadTimeout = TimeSpan.FromSeconds(options.ReadTimeoutSeconds);
            o.Log = log;
            configure?.Invoke(o);
        });
    }
}
