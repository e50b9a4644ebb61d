using System.CommandLine;
using KnowledgeGraph.Texts;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export --format cypher [--out FILE]</c>: the store, or a part of it, in another form.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "cypher" };
        format.AcceptOnlyFromAmong(ExportFormats.Names);
        var output = new Option<string?>("--out", "-o") { Description = "Output file (standard output when omitted)." };
        var article = new Option<string?>("--article") { Description = "Only this article's graph (its key, or a unique prefix of it)." };
        var around = new Option<string?>("--around") { Description = "Only the graph around the entity best matching this name." };
        var depth = new Option<int>("--depth") { Description = "With --around: how many relationships away (0-20, default 2).", DefaultValueFactory = _ => 2 };
        InputOptions.Range(depth, 0, 20);
        var command = new Command("export", "Export the graph: cypher (a script for cypher-shell -f and Neo4j Browser), json, graphml or html.")
        {
            format, output, article, around, depth,
        };
        command.Validators.Add(r =>
        {
            if (r.GetResult(depth) is { Implicit: false } && r.GetResult(around) is null)
            {
                r.AddError("--depth goes with --around NAME");
            }

            if (r.GetResult(around) is not null && r.GetResult(article) is not null)
            {
                r.AddError("--around and --article cannot be combined: give one of them");
            }

            if (r.GetValue(output) is { Length: > 0 } o && Directory.Exists(o))
            {
                r.AddError($"--out {TerminalText.Safe(o)} is a folder: give a file name");
            }
        });
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, token) => RunAsync(
            services,
            new ExportRequest(parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(article), parse.GetValue(around), parse.GetValue(depth)),
            GlobalOptions.Messages(parse),
            token), ct));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, ExportRequest request, Messages messages, CancellationToken cancellationToken)
    {
        using var store = VerbRunner.OpenStoreForReading(services);
        if (request.Out is { } target && IsStoreFile(target, store.Path))
        {
            throw new UsageException($"--out {TerminalText.Safe(target)} is the store itself (or one of its files): give another file name");
        }

        var graph = Select(store, request);
        if (graph is null)
        {
            return ExitCodes.NotFound;
        }

        var catalog = services.GetRequiredService<TemplateCatalog>();
        var batch = services.GetService<IOptions<ExportOptions>>()?.Value.BatchSize ?? GraphRows.DefaultBatchSize;
        if (request.Out is null)
        {
            await ExportFormats.WriteAsync(request.Format, graph, catalog, batch, Console.Out, store.Path, messages.Language, cancellationToken).ConfigureAwait(false);
            await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        // The earlier file stays whole until the new one is complete (a full disk, a stop signal).
        await AtomicFile.WriteAsync(
            request.Out,
            writer => ExportFormats.WriteAsync(request.Format, graph, catalog, batch, writer, store.Path, messages.Language, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync(messages.Wrote(GraphCounts.Of(graph), TerminalText.Safe(request.Out))).ConfigureAwait(false);

        return ExitCodes.Ok;
    }

    private static bool IsStoreFile(string target, string storePath) =>
        new[] { storePath, storePath + "-wal", storePath + "-shm", storePath + "-journal" }.Any(f => ExtractCommand.SamePath(f, target));

    private static GraphSnapshot? Select(GraphStore store, ExportRequest request)
    {
        if (request.Article is { Length: > 0 } a)
        {
            var all = store.ReadAll().Articles.Where(x => x.Key == a || x.Key.StartsWith(a, StringComparison.Ordinal) || x.Key.StartsWith(ArticleKeys.Prefix + a, StringComparison.Ordinal)).ToList();
            if (all.Count != 1)
            {
                Console.Error.WriteLine(all.Count == 0 ? $"no article with key {TerminalText.Safe(a)}" : $"{all.Count} articles start with {TerminalText.Safe(a)}: give more of the key");
                return null;
            }

            return store.ReadArticle(all[0].Key);
        }

        if (request.Around is { Length: > 0 } name)
        {
            var match = store.FindEntities(name, 1).FirstOrDefault();
            if (match is null)
            {
                Console.Error.WriteLine($"no entity matches '{TerminalText.Safe(name)}'");
                return null;
            }

            return store.ReadAround(match.Key, request.Depth);
        }

        return store.ReadAll();
    }
}

internal sealed record ExportRequest(string Format, string? Out, string? Article, string? Around, int Depth);

/// <summary>Export settings: section <c>Export</c>.</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    public int BatchSize { get; set; } = GraphRows.DefaultBatchSize;
}
