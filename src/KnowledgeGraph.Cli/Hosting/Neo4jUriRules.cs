using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// Checks of <c>Neo4j:Uri</c> beyond its scheme: a host, a port in 1..65535, and no user or
/// password inside it (they would be printed wherever the URI is; they belong in Neo4j:User and
/// Neo4j:Password). The messages never repeat the URI, which may hold a password.
/// </summary>
public sealed class Neo4jUriRules : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var text = options.Uri!.Trim();
        var authority = text.Contains("://", StringComparison.Ordinal) ? text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..] : text;
        if (authority.Split('/', 2)[0].Contains('@', StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail(
                "Neo4j:Uri must not hold a user name or password: give them as Neo4j:User and Neo4j:Password "
                + "(environment variable Neo4j__Password or user secrets), never inside the URI");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return ValidateOptionsResult.Fail("Neo4j:Uri is not a valid URI: it takes the form scheme://host[:port], with a port from 1 to 65535");
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            return ValidateOptionsResult.Fail("Neo4j:Uri names no host: it takes the form scheme://host[:port]");
        }

        return uri.Port is 0 or > 65535 && !uri.IsDefaultPort
            ? ValidateOptionsResult.Fail("Neo4j:Uri has a port outside 1..65535")
            : ValidateOptionsResult.Success;
    }
}
