using KnowledgeGraph.Texts;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Service;

/// <summary>
/// One pass over the inbox: each settled article is ingested, then moved to <c>processed/</c> or,
/// with a <c>.error.txt</c> beside it, to <c>failed/</c>. The store commits before the file moves,
/// so a process killed in between re-reads the file next time and finds it already stored.
/// </summary>
public sealed class InboxProcessor(ArticlePipeline pipeline, IOptions<IngestOptions> options, TimeProvider clock, ILogger<InboxProcessor> logger)
{
    private readonly IngestOptions _options = options.Value;

    public string Inbox => Path.GetFullPath(_options.Inbox);

    public string ProcessedFolder => Path.Combine(Inbox, "processed");

    public string FailedFolder => Path.Combine(Inbox, "failed");

    /// <summary>
    /// Processes every article waiting now (extracted on every core, stored in groups); each file moves
    /// out of the inbox once its group is committed. Stops reading new articles when cancelled.
    /// </summary>
    public async Task<IReadOnlyList<ArticleOutcome>> ProcessPendingAsync(GraphStore store, CancellationToken cancellationToken)
    {
        ThrowIfInboxIsAFile();
        Directory.CreateDirectory(Inbox);
        var outcomes = new List<ArticleOutcome>();
        await pipeline.IngestAsync(
            Waiting().Select(f => (f, (string?)null)),
            store,
            outcome =>
            {
                outcomes.Add(outcome);
                MoveOut(outcome.Path, outcome);
            },
            cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>
    /// Stops with a usage error (exit 2) when the inbox path names a file: no later pass could get past
    /// that. Also asked after a file-system error, since the inbox may have been replaced mid-pass.
    /// </summary>
    public void ThrowIfInboxIsAFile()
    {
        if (File.Exists(Inbox))
        {
            throw new Hosting.UsageException(Messages.Current.InboxIsAFile(Hosting.TerminalText.Safe(Inbox)));
        }
    }

    /// <summary>Article files directly in the inbox that have not changed for the settle time, by name.</summary>
    private IEnumerable<string> Waiting()
    {
        var settled = clock.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(_options.SettleSeconds);
        return Directory.EnumerateFiles(Inbox)
            .Where(f => ArticleFinder.IsArticleFile(Inbox, f))
            .Where(f => File.GetLastWriteTimeUtc(f) <= settled)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private void MoveOut(string file, ArticleOutcome outcome)
    {
        var failed = outcome.Status == ArticleStatus.Failed;
        var folder = failed ? FailedFolder : ProcessedFolder;
        try
        {
            Directory.CreateDirectory(folder);
            var target = FreeName(Path.Combine(folder, Path.GetFileName(file)));
            if (failed)
            {
                File.WriteAllText(target + ".error.txt", outcome.ErrorLine + Environment.NewLine);
            }

            File.Move(file, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.MoveFailed(logger, Hosting.TerminalText.Path(file), Hosting.TerminalText.Safe(ex.Message));
        }
    }

    private static string FreeName(string path)
    {
        if (!File.Exists(path))
        {
            return path;
        }

        var dir = Path.GetDirectoryName(path)!;
        var stem = Path.GetFileNameWithoutExtension(path);
        var ext = Path.GetExtension(path);
        for (var i = 1; ; i++)
        {
            var candidate = Path.Combine(dir, $"{stem}.{i}{ext}");
            if (!File.Exists(candidate))
            {
                return candidate;
            }
        }
    }
}
