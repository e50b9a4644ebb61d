using System.CommandLine;
using KnowledgeGraph.Texts;
using KnowledgeGraph.Cli.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>What ingest and extract share: the paths, whether links are followed, the encoding.</summary>
internal static class InputOptions
{
    public static Argument<string[]> Paths(string description)
    {
        var paths = new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(result =>
        {
            // An option kg does not know lands here as a path: say so instead of "no such file".
            foreach (var p in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (p.Length > 1 && p[0] == '-' && !File.Exists(p) && !Directory.Exists(p))
                {
                    result.AddError(Messages.Current.UnknownOption(TerminalText.Safe(p)));
                    return;
                }
            }
        });
        return paths;
    }

    /// <summary>Refuses an integer option's value outside <paramref name="min"/>..<paramref name="max"/> (a value that is no integer is refused by the parser).</summary>
    public static void Range(Option<int> option, int min, int max)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var v) && (v < min || v > max))
            {
                r.AddError(Messages.Current.OutOfRange(option.Name, min, max, v));
            }
        });
    }

    public static Option<bool> FollowLinks { get; } = new("--follow-links")
    {
        Description = Messages.Current.HelpFollowLinks,
    };

    public static Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = Messages.Current.HelpEncoding,
    };

    /// <summary>The configuration these options set.</summary>
    public static Dictionary<string, string?> Settings(ParseResult parse)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(Encoding) is { Length: > 0 } encoding)
        {
            settings["Ingest:Encoding"] = encoding;
        }

        return settings;
    }
}
