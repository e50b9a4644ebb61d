namespace KnowledgeGraph.Feeds.Http;

/// <summary>
/// The rules of one robots.txt for one user agent (RFC 9309): the group naming our product
/// token, else the <c>*</c> group; the longest matching Allow or Disallow wins, Allow on a tie;
/// <c>*</c> matches any run of characters and a final <c>$</c> the end of the path.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string, bool)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules DisallowAll { get; } = new([("/", false)]);

    public static RobotsRules Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (field is "allow" or "disallow" && current is { } group)
            {
                lastWasAgent = false;
                if (value.Length > 0)
                {
                    group.Rules.Add((value, field == "allow"));
                }
            }
        }

        var token = productToken.ToLowerInvariant();
        var named = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        var chosen = named.Count > 0 ? named : groups.Where(g => g.Agents.Contains("*"));
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules)]);
    }

    /// <summary>May the path (with its query) be fetched?</summary>
    public bool Allows(string pathAndQuery)
    {
        var best = -1;
        var allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best || (pattern.Length == best && isAllow)))
            {
                best = pattern.Length;
                allow = isAllow;
            }
        }

        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = i == parts.Length - 1 && anchored
                ? (path.Length - parts[i].Length >= at && path.EndsWith(parts[i], StringComparison.Ordinal) ? path.Length - parts[i].Length : -1)
                : path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length;
    }
}
