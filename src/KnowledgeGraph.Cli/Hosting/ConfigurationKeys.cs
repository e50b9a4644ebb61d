using System.Globalization;
using System.Reflection;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Feeds.Options;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// The configuration keys kg knows: a key it does not know, in a <c>--set</c>, an appsettings.json
/// (or user secrets) or an environment variable naming one of kg's sections, is a mistake (a typo
/// would otherwise be ignored without a word), reported with where it came from and the keys the
/// section takes.
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
        [FetchOptions.Section] = typeof(FetchOptions),
    };

    /// <summary>Sections that are lists: <c>Feeds:N:Key</c>, each item bound to this class.</summary>
    private static readonly Dictionary<string, Type> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        [FeedsOptions.Section] = typeof(FeedOptions),
    };

    private const string Logging = "Logging";

    /// <summary>Throws <see cref="UsageException"/> for the first key kg does not know.</summary>
    public static void Check(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (Problem(key) is { } problem)
            {
                throw new UsageException(problem);
            }
        }
    }

    /// <summary>
    /// Throws <see cref="UsageException"/> for the first unknown key of a configuration file (every
    /// key counts) or of the environment (only variables naming one of kg's sections, <c>Section__Key</c>:
    /// the environment holds many variables of other programs). In-memory keys are the command line's,
    /// checked by <see cref="Check"/>.
    /// </summary>
    public static void CheckSources(IConfigurationRoot configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var provider in configuration.Providers)
        {
            if (provider is MemoryConfigurationProvider)
            {
                continue;
            }

            var environment = provider is EnvironmentVariablesConfigurationProvider;
            foreach (var key in Leaves(provider, null))
            {
                if (environment && !IsKgSection(key))
                {
                    continue;
                }

                if (Problem(key) is { } problem)
                {
                    throw new UsageException(KnowledgeGraph.Texts.Messages.Current.FromSource(problem, Origin(provider, key)));
                }
            }
        }
    }

    /// <summary>Why <paramref name="key"/> is not a key kg knows, or null when it is one.</summary>
    public static string? Problem(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(':');
        if (parts[0].Equals(Logging, StringComparison.OrdinalIgnoreCase) && parts.Length > 1)
        {
            return null;
        }

        if (Lists.TryGetValue(parts[0], out var itemType))
        {
            var itemKeys = Settable(itemType);
            return parts.Length == 3 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && itemKeys.Contains(parts[2], StringComparer.OrdinalIgnoreCase)
                ? null
                : KnowledgeGraph.Texts.Messages.Current.UnknownKeyInList(TerminalText.Safe(key), parts[0], string.Join(", ", itemKeys.Select(k => parts[0] + ":N:" + k)));
        }

        if (!Sections.TryGetValue(parts[0], out var type))
        {
            return KnowledgeGraph.Texts.Messages.Current.UnknownSection(TerminalText.Safe(key), string.Join(", ", Sections.Keys.Concat(Lists.Keys).Append(Logging)));
        }

        var known = Settable(type);
        return parts.Length == 2 && known.Contains(parts[1], StringComparer.OrdinalIgnoreCase)
            ? null
            : KnowledgeGraph.Texts.Messages.Current.UnknownKey(TerminalText.Safe(key), parts[0], string.Join(", ", known.Select(k => parts[0] + ":" + k)));
    }

    private static bool IsKgSection(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && key[..colon] is var section && (Sections.ContainsKey(section) || Lists.ContainsKey(section) || section.Equals(Logging, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every key of <paramref name="provider"/> below <paramref name="parent"/> that holds a value.</summary>
    private static IEnumerable<string> Leaves(IConfigurationProvider provider, string? parent)
    {
        foreach (var child in provider.GetChildKeys([], parent).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = parent is null ? child : parent + ConfigurationPath.KeyDelimiter + child;
            if (provider.TryGet(path, out var value) && value is not null)
            {
                yield return path;
            }

            foreach (var below in Leaves(provider, path))
            {
                yield return below;
            }
        }
    }

    private static string Origin(IConfigurationProvider provider, string key) => provider switch
    {
        EnvironmentVariablesConfigurationProvider => KnowledgeGraph.Texts.Messages.Current.EnvironmentVariable(TerminalText.Safe(key.Replace(":", "__", StringComparison.Ordinal))),
        FileConfigurationProvider { Source: { Path: { } path } source } => TerminalText.Safe(source.FileProvider?.GetFileInfo(path).PhysicalPath ?? path),
        _ => TerminalText.Safe(provider.ToString() ?? provider.GetType().Name),
    };

    private static List<string> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).ToList();
}
