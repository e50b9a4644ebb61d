namespace KnowledgeGraph.Bolt;

/// <summary>Credentials for the server. The secret is never shown by <see cref="ToString"/>.</summary>
public sealed class AuthToken
{
    internal AuthToken(string scheme, string? principal, string? credentials, string? realm = null)
    {
        Scheme = scheme;
        Principal = principal;
        Credentials = credentials;
        Realm = realm;
    }

    public string Scheme { get; }

    public string? Principal { get; }

    public string? Realm { get; }

    internal string? Credentials { get; }

    /// <summary>The map sent in HELLO (before Bolt 5.1) or LOGON (5.1+).</summary>
    internal Dictionary<string, object?> ToMap()
    {
        var map = new Dictionary<string, object?> { ["scheme"] = Scheme };
        if (Principal is not null)
        {
            map["principal"] = Principal;
        }

        if (Credentials is not null)
        {
            map["credentials"] = Credentials;
        }

        if (Realm is not null)
        {
            map["realm"] = Realm;
        }

        return map;
    }

    public override string ToString() => Principal is null ? $"AuthToken({Scheme})" : $"AuthToken({Scheme}, {Principal})";
}

/// <summary>Factory of <see cref="AuthToken"/>s, as in the official driver.</summary>
public static class AuthTokens
{
    public static AuthToken None { get; } = new("none", null, null);

    public static AuthToken Basic(string user, string password, string? realm = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        return new AuthToken("basic", user, password, realm);
    }

    public static AuthToken Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new AuthToken("bearer", null, token);
    }
}
