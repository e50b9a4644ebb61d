using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Lexicons;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// The lexicons take a few hundred milliseconds to load, and the host (configuration, options, templates) as long
/// again on one thread. A verb that extracts starts loading the default lexicons on another thread as soon as its
/// command line is parsed; <see cref="ExtractorProvider"/> takes that extractor when the settings, once read and
/// checked, ask for the same (lexicon folder and <c>Extraction:LexiconEdges</c>), and loads its own otherwise.
/// A load that fails is reported where it always was: when the provider is first asked, after the settings are checked.
/// </summary>
public static class ExtractorPreload
{
    private static Started? _started;

    /// <summary>Starts loading the extractor of the default settings, unless a load is already under way.</summary>
    public static void Start()
    {
        var defaults = new ExtractionOptions();
        string path;
        try
        {
            path = LexiconLocator.FindDefault();
        }
        catch (DirectoryNotFoundException)
        {
            return; // no default lexicon folder: the provider says so where it always did
        }

        // A thread of its own, not one of the pool's: the load hands parts of its work to the pool (the morphology, the
        // relation lists) and waits for them, as it did when it ran on the main thread.
        var load = new TaskCompletionSource<ArticleExtractor>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Interlocked.CompareExchange(ref _started, new Started(path, defaults.LexiconEdges, load.Task), null) is not null)
        {
            return;
        }

        new Thread(() =>
        {
            try
            {
                load.SetResult(ExtractorProvider.Create(path, defaults.LexiconEdges));
            }
            catch (Exception ex)
            {
                load.SetException(ex); // reported when the extractor is asked for, after the settings are checked
            }
        })
        {
            IsBackground = true,
            Name = "kg lexicons",
        }.Start();
    }

    /// <summary>The preloaded extractor when it was loaded for <paramref name="path"/> and <paramref name="lexiconEdges"/>; otherwise null (and the preload is dropped).</summary>
    internal static ArticleExtractor? Take(string path, bool lexiconEdges)
    {
        var started = Interlocked.Exchange(ref _started, null);
        if (started is null || !string.Equals(started.Path, path, StringComparison.Ordinal) || started.LexiconEdges != lexiconEdges)
        {
            return null;
        }

        return started.Extractor.GetAwaiter().GetResult();
    }

    private sealed record Started(string Path, bool LexiconEdges, Task<ArticleExtractor> Extractor);
}
