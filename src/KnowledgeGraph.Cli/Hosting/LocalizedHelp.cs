using System.CommandLine;
using System.CommandLine.Help;
using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// The help in the user's language. The parser translates its own headings from the UI culture, all but a few words
/// (<see cref="Messages.HelpParserWords"/>), and the help option's description is ours to set.
/// </summary>
internal static class LocalizedHelp
{
    public static void Apply(RootCommand root, Messages messages)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = messages.HelpHelp;
        }
    }

    /// <summary>Runs the help action writing into a buffer, then prints it with the parser's untranslated words translated.</summary>
    public static async Task<int> WriteAsync(ParseResult parse, Messages messages)
    {
        using var text = new StringWriter();
        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = text }).ConfigureAwait(false);
        var help = text.ToString();
        foreach (var (parser, ours) in messages.HelpParserWords)
        {
            help = help.Replace(parser, ours, StringComparison.Ordinal);
        }

        await Console.Out.WriteAsync(help).ConfigureAwait(false);
        return code;
    }

    public static bool IsHelp(ParseResult parse) => parse.Action is HelpAction;
}
