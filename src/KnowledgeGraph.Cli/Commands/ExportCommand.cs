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
        var m = Messages.Current;
        var format = new Option<string>("--format", "-f") { Description = m.HelpFormat, DefaultValueFactory = _ => "cypher" };
        format.AcceptOnlyFromAmong(ExportFormats.Names);
        var output = new Option<string?>("--out", "-o") { Description = m.HelpExportOut };
        var article = new Option<string?>("--article") { Description = m.HelpArticle };
        var around = new Option<string?>("--around") { Description = m.HelpAround };
        var depth = new Option<int>("--depth") { Description = m.HelpDepth, DefaultValueFactory = _ => 2 };
        InputOptions.Range(depth, 0, 20);
        var command = new Command("export", m.HelpExport)
        {
            format, output, article, around, depth,
        };
        command.Validators.Add(r =>
        {
            if (r.GetResult(depth) is { Implicit: false } && r.GetResult(around) is null)
            {
                r.AddError(m.DepthNeedsAround);
            }

            if (r.GetResult(around) is not null && r.GetResult(article) is not null)
            {
                r.AddError(m.AroundOrArticle);
            }

            if (r.GetValue(output) is { Length: > 0 } o && Directory.Exists(o))
            {
                r.AddError(m.OutIsAFolder(TerminalText.Safe(o)));
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
            throw new UsageException(messages.OutIsTheStore(TerminalText.Safe(target)));
        }

        var graph = Select(store, request, messages);
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

    private static GraphSnapshot? Select(GraphStore store, ExportRequest request, Messages messages)
    {
        if (request.Article is { Length: > 0 } a)
        {
            var all = store.ReadAll().Articles.Where(x => x.Key == a || x.Key.StartsWith(a, StringComparison.Ordinal) || x.Key.StartsWith(ArticleKeys.Prefix + a, StringComparison.Ordinal)).ToList();
            if (all.Count != 1)
            {
                Console.Error.WriteLine(all.Count == 0 ? messages.NoArticleWithKey(TerminalText.Safe(a)) : messages.ManyArticlesStartWith(all.Count, TerminalText.Safe(a)));
                return null;
            }

            return store.ReadArticle(all[0].Key);
        }

        if (request.Around is { Length: > 0 } name)
        {
            var match = store.FindEntities(name, 1).FirstOrDefault();
            if (match is null)
            {
                Console.Error.WriteLine(messages.NoEntityMatches(TerminalText.Safe(name)));
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
