using System.Reflection;

namespace KnowledgeGraph.Feeds;

/// <summary>The User-Agent kg sends: the program, its version and what it is.</summary>
public static class UserAgent
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string ProductToken = "kg";

    public static string Value { get; } = $"{ProductToken}/{Version()} (KnowledgeGraph news reader)";

    private static string Version()
    {
        var informational = typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return informational.Split('+')[0];
    }
}
