using System.CommandLine;
using KnowledgeGraph.Texts;
using KnowledgeGraph.Cli.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg run</c> (the default): the hosted service that ingests articles as they arrive in the inbox.</summary>
public static class RunCommand
{
    public static Option<string?> Inbox { get; } = new("--inbox") { Description = Messages.Current.HelpInbox };

    public static Command Create()
    {
        var command = new Command("run", Messages.Current.HelpRun) { Inbox };
        command.SetAction(RunAsync);
        return command;
    }

    public static Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(Inbox) is { Length: > 0 } inbox)
        {
            settings["Ingest:Inbox"] = inbox;
        }

        return VerbRunner.RunAsync(parse, longRunning: true, verb: null, cancellationToken, settings);
    }
}
