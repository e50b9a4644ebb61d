using System.Reflection;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// The configuration keys kg knows: a <c>--set</c> with any other key is a mistake (a typo
/// would otherwise be ignored without a word), reported with the keys the section takes.
/// </summary>
public static class ConfigurationKeys
{
    /// <summary>Each section and the options class bound from it; <c>Logging</c> takes any key.</summary>
    private static readonly Dictionary<string, Type> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [StoreOptions.Section] = typeof(StoreOptions),
        [IngestOptions.Section] = typeof(IngestOptions),
        [ExtractionOptions.Section] = typeof(ExtractionOptions),
        [ExportOptions.Section] = typeof(ExportOptions),
        [Neo4jOptions.Section] = typeof(Neo4jOptions),
    };

    private const string Logging = "Logging";

    /// <summary>Throws <see cref="UsageException"/> for the first key kg does not know.</summary>
    public static void Check(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var parts = key.Split(':');
            if (parts[0].Equals(Logging, StringComparison.OrdinalIgnoreCase) && parts.Length > 1)
            {
                continue;
            }

            if (!Sections.TryGetValue(parts[0], out var type))
            {
                throw new UsageException(
                    $"unknown configuration key '{TerminalText.Safe(key)}': the sections are {string.Join(", ", Sections.Keys.Append(Logging))}");
            }

            var known = Settable(type);
            if (parts.Length != 2 || !known.Contains(parts[1], StringComparer.OrdinalIgnoreCase))
            {
                throw new UsageException(
                    $"unknown configuration key '{TerminalText.Safe(key)}': {parts[0]} takes {string.Join(", ", known.Select(k => parts[0] + ":" + k))}");
            }
        }
    }

    private static List<string> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).ToList();
}
