using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>Options every verb takes; they become configuration keys, so they win over appsettings and environment.</summary>
public static class GlobalOptions
{
    public static Option<string?> Store { get; } = new("--store")
    {
        Description = KnowledgeGraph.Texts.Messages.Current.HelpStore,
        Recursive = true,
    };

    public static Option<string[]> Set { get; } = new("--set")
    {
        Description = KnowledgeGraph.Texts.Messages.Current.HelpSet,
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = KnowledgeGraph.Texts.Messages.Current.HelpVerbose,
        Recursive = true,
    };

    public static Option<string?> Lang { get; } = new("--lang")
    {
        Description = KnowledgeGraph.Texts.Messages.Current.HelpLang,
        Recursive = true,
    };

    /// <summary>The language the user is spoken to in: --lang, else the culture.</summary>
    public static UiLanguage Language(ParseResult parse)
    {
        try
        {
            return UiLanguages.Resolve(parse.GetValue(Lang), CultureInfo.CurrentUICulture);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--lang: " + e.Message);
        }
    }

    /// <summary>The messages in the user's language.</summary>
    public static Messages Messages(ParseResult parse) => KnowledgeGraph.Texts.Messages.For(Language(parse));

    /// <summary>The configuration keys the command line sets.</summary>
    public static Dictionary<string, string?> Overrides(ParseResult parse, bool longRunning)
    {
        var d = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in parse.GetValue(Set) ?? [])
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new UsageException(KnowledgeGraph.Texts.Messages.Current.SetTakesPair(TerminalText.Safe(pair)));
            }

            d[pair[..eq].Trim()] = pair[(eq + 1)..];
        }

        ConfigurationKeys.Check(d.Keys);

        if (parse.GetValue(Store) is { Length: > 0 } store)
        {
            d["Store:Path"] = store;
        }

        if (!longRunning && !parse.GetValue(Verbose))
        {
            // One-shot verbs print their own results; per-article log lines only with --verbose.
            d["Logging:LogLevel:KnowledgeGraph"] = "Warning";
            d["Logging:LogLevel:KnowledgeGraph.Cli.Pipeline"] = "None";
        }
        else if (parse.GetValue(Verbose))
        {
            d["Logging:LogLevel:KnowledgeGraph"] = "Debug";
        }

        return d;
    }
}
