using System.CommandLine;
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
                    result.AddError($"unknown option '{TerminalText.Safe(p)}'");
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
                r.AddError($"{option.Name} must be between {min} and {max}, not {v}");
            }
        });
    }

    public static Option<bool> FollowLinks { get; } = new("--follow-links")
    {
        Description = "Follow symbolic links inside folders (each folder and file is read once; loops end). Off by default.",
    };

    public static Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "The encoding of text files (e.g. koi8-r, ibm866, windows-1251, utf-8); detected when omitted.",
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
