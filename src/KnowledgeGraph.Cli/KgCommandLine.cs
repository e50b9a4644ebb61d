using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli;

/// <summary>The verbs of kg; with no verb, kg runs the service.</summary>
public static class KgCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand(Messages.Current.HelpRoot)
        {
            GlobalOptions.Store,
            GlobalOptions.Set,
            GlobalOptions.Verbose,
            GlobalOptions.Lang,
            RunCommand.Inbox,
            IngestCommand.Create(),
            ExtractCommand.Create(),
            RunCommand.Create(),
            LookupCommand.Create(),
            PathCommand.Create(),
            ExportCommand.Create(),
            StatusCommand.Create(),
            SyncCommand.Create(),
            BenchCommand.Create(),
        };
        root.SetAction(RunCommand.RunAsync);
        LocalizedHelp.Apply(root, Messages.Current);
        return root;
    }

    /// <summary>
    /// Parses and runs. A command-line mistake (unknown verb or option, a missing or bad value)
    /// is one line on standard error and exit code 2; Ctrl+C and SIGTERM are handled by the verbs.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args)
    {
        StartupTrace.Mark("main-entered");

        // The language first: help texts and the parser's own messages follow the UI culture.
        var culture = UiLanguages.FromArguments(args, CultureInfo.CurrentUICulture).Culture();
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        var messages = Messages.Current;
        var parse = Create().Parse(args);
        StartupTrace.Mark("command-line-parsed");
        if (parse.Errors.Count > 0)
        {
            var first = System.Text.RegularExpressions.Regex.Replace(parse.Errors[0].Message, @"\s+", " ").Trim();
            await Console.Error.WriteLineAsync($"{messages.ErrorPrefix}{TerminalText.Safe(first)} {messages.SeeHelp}").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        try
        {
            _ = GlobalOptions.Language(parse);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync(messages.ErrorPrefix + TerminalText.Safe(e.Message)).ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        if (LocalizedHelp.IsHelp(parse))
        {
            return await LocalizedHelp.WriteAsync(parse, messages).ConfigureAwait(false);
        }

        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
    }
}
