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
            return ValidateOptionsResult.Fail(KnowledgeGraph.Texts.Messages.Current.UriWithCredentials);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return ValidateOptionsResult.Fail(KnowledgeGraph.Texts.Messages.Current.UriInvalid);
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            return ValidateOptionsResult.Fail(KnowledgeGraph.Texts.Messages.Current.UriNoHost);
        }

        return uri.Port is 0 or > 65535 && !uri.IsDefaultPort
            ? ValidateOptionsResult.Fail(KnowledgeGraph.Texts.Messages.Current.UriBadPort)
            : ValidateOptionsResult.Success;
    }
}
