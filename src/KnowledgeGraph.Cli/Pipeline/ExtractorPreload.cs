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

        var load = Task.Run(() => ExtractorProvider.Create(path, defaults.LexiconEdges));
        Interlocked.CompareExchange(ref _started, new Started(path, defaults.LexiconEdges, load), null);
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
